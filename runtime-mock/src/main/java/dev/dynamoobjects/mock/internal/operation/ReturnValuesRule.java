package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Which ReturnValues each write accepts. */
final class ReturnValuesRule {
    private ReturnValuesRule() {
    }

    /**
     * PutItem and DeleteItem: NONE or ALL_OLD; returns true for ALL_OLD. Takes the request's string
     * so that the usual request, without ReturnValues, does not load the SDK's enum class.
     */
    static boolean returnsOld(String value) {
        ReturnValue parsed = value == null ? null : ReturnValue.fromValue(value);
        if (parsed == null || parsed == ReturnValue.NONE) {
            return false;
        }
        if (parsed != ReturnValue.ALL_OLD) {
            throw DynamoErrors.validation(Messages.RETURN_VALUES_INVALID);
        }
        return true;
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
