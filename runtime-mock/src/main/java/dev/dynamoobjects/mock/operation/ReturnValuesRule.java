package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Which ReturnValues each write accepts. */
final class ReturnValuesRule {
    private ReturnValuesRule() {
    }

    /** PutItem and DeleteItem: NONE or ALL_OLD. */
    static ReturnValue oldOnly(ReturnValue value) {
        if (value == null || value == ReturnValue.NONE) {
            return ReturnValue.NONE;
        }
        if (value != ReturnValue.ALL_OLD) {
            throw DynamoErrors.validation(Messages.RETURN_VALUES_INVALID);
        }
        return value;
    }

    /** UpdateItem: any known value. */
    static ReturnValue any(ReturnValue value) {
        if (value == null) {
            return ReturnValue.NONE;
        }
        if (value == ReturnValue.UNKNOWN_TO_SDK_VERSION) {
            throw DynamoErrors.validation(Messages.RETURN_VALUES_INVALID);
        }
        return value;
    }
}
