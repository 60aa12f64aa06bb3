package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed ConditionExpression or FilterExpression, ready to test items.
 *
 * <pre>{@code
 * Condition c = context.condition("attribute_not_exists(id) OR version = :v");
 * boolean ok = c.test(item);
 * }</pre>
 */
public interface Condition {
    /** Returns true when the item (null-free map, possibly empty) satisfies the condition. */
    boolean test(Map<String, AttributeValue> item);
}
