package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.validation.Messages;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;

/**
 * Enum parameters given as strings outside their value sets, refused as DynamoDB's request
 * validation refuses them, before anything else of the request is looked at. The value sets are
 * listed in the order DynamoDB's messages list them, which is not the SDK's order.
 */
public final class EnumParameters {
    static final List<String> SELECT = List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
            "ALL_PROJECTED_ATTRIBUTES");
    static final List<String> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = List.of("ALL_OLD", "NONE");
    static final List<String> ATTRIBUTE_ACTION = List.of("ADD", "PUT", "DELETE");

    private EnumParameters() {
    }

    /** Refuses a value outside the set; null (not given) passes. {@code member} is DynamoDB's camel-case path. */
    static void check(String value, String member, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw DynamoErrors.validation(Messages.notInEnum(value, member, allowed));
        }
    }

    /**
     * Refuses a ReturnValuesOnConditionCheckFailure other than ALL_OLD or NONE; {@code prefix} places
     * the member in its request ("" for a single-item write).
     */
    public static void checkReturnValuesOnFailure(String value, String prefix) {
        check(value, prefix + "returnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
    }

    /** Refuses an AttributeUpdates action other than ADD, PUT or DELETE. */
    static void checkActions(Map<String, AttributeValueUpdate> updates) {
        for (Map.Entry<String, AttributeValueUpdate> update : updates.entrySet()) {
            check(update.getValue().actionAsString(), "attributeUpdates." + update.getKey() + ".member.action",
                    ATTRIBUTE_ACTION);
        }
    }
}
