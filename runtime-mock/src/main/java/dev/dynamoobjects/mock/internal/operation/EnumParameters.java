package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * Enum parameters given as strings outside their value sets, added to the request's other
 * {@link Constraints} and refused with them, as DynamoDB's request validation refuses them, before
 * anything else of the request is looked at. The value sets are listed in the order DynamoDB's
 * messages list them, which is not the SDK's order. Null (not given) always passes.
 *
 * <pre>{@code
 * EnumParameters.of(Constraints.of().tableName(request.tableName()))
 *         .returnConsumedCapacity(request.returnConsumedCapacityAsString())
 *         .select(request.selectAsString())
 *         .check();
 * }</pre>
 */
public final class EnumParameters {
    private static final List<String> ATTRIBUTE_ACTION = List.of("ADD", "PUT", "DELETE");
    private static final List<String> COMPARISON_OPERATOR = List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS",
            "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");
    private static final List<String> CONDITIONAL_OPERATOR = List.of("OR", "AND");
    private static final List<String> RETURN_CONSUMED_CAPACITY = List.of("INDEXES", "TOTAL", "NONE");
    private static final List<String> RETURN_ITEM_COLLECTION_METRICS = List.of("SIZE", "NONE");
    private static final List<String> RETURN_VALUES = List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE",
            "UPDATED_NEW");
    private static final List<String> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = List.of("ALL_OLD", "NONE");
    private static final List<String> SELECT = List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
            "ALL_PROJECTED_ATTRIBUTES");
    /** Where the members sit in the request: "" at its top, else a path ending in a dot. */
    private final String prefix;
    private final Constraints constraints;

    private EnumParameters(String prefix, Constraints constraints) {
        this.prefix = prefix;
        this.constraints = constraints;
    }

    /** Checks members at the top of a request, reported with the request's other constraints. */
    public static EnumParameters of(Constraints constraints) {
        return new EnumParameters("", constraints);
    }

    /** Checks members at the top of a request that has no other constraints. */
    public static EnumParameters of() {
        return of(Constraints.of());
    }

    /** Checks members inside a request, such as {@code transactItems.1.member.put.}. */
    public static EnumParameters at(String prefix) {
        return new EnumParameters(prefix, Constraints.of());
    }

    /** Refuses an AttributeUpdates action other than ADD, PUT or DELETE. */
    public EnumParameters attributeUpdates(Map<String, AttributeValueUpdate> updates) {
        for (Map.Entry<String, AttributeValueUpdate> update : updates.entrySet()) {
            check(update.getValue().actionAsString(), "attributeUpdates." + update.getKey() + ".member.action",
                    ATTRIBUTE_ACTION);
        }
        return this;
    }

    /**
     * Refuses a legacy condition's comparison operator that is missing or outside DynamoDB's set, in the
     * member that holds the conditions ({@code keyConditions}, {@code queryFilter} or {@code scanFilter}).
     */
    public EnumParameters conditions(String member, Map<String, Condition> conditions) {
        if (conditions != null) {
            conditions.forEach((name, condition) -> {
                String operator = member + "." + name + ".member.comparisonOperator";
                if (condition.comparisonOperatorAsString() == null) {
                    constraints.add(null, prefix + operator, Messages.NOT_NULL);
                } else {
                    check(condition.comparisonOperatorAsString(), operator, COMPARISON_OPERATOR);
                }
            });
        }
        return this;
    }

    /** Refuses an Expected comparison operator outside DynamoDB's set; null passes. */
    public EnumParameters expected(Map<String, ExpectedAttributeValue> expected) {
        if (expected != null) {
            expected.forEach((name, value) -> check(value.comparisonOperatorAsString(),
                    "expected." + name + ".member.comparisonOperator", COMPARISON_OPERATOR));
        }
        return this;
    }

    public EnumParameters conditionalOperator(String value) {
        return check(value, "conditionalOperator", CONDITIONAL_OPERATOR);
    }

    public EnumParameters returnConsumedCapacity(String value) {
        return check(value, "returnConsumedCapacity", RETURN_CONSUMED_CAPACITY);
    }

    public EnumParameters returnItemCollectionMetrics(String value) {
        return check(value, "returnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS);
    }

    /** Refuses a value that is no ReturnValue at all; which ones an operation takes is {@link ReturnValuesRule}'s. */
    public EnumParameters returnValues(String value) {
        return check(value, "returnValues", RETURN_VALUES);
    }

    public EnumParameters returnValuesOnConditionCheckFailure(String value) {
        return check(value, "returnValuesOnConditionCheckFailure", RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
    }

    public EnumParameters select(String value) {
        return check(value, "select", SELECT);
    }

    /** Throws DynamoDB's ValidationException listing every violation found, when there is one. */
    public void check() {
        constraints.check();
    }

    private EnumParameters check(String value, String member, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            constraints.add(value, prefix + member, Messages.enumValueSet(allowed));
        }
        return this;
    }
}
