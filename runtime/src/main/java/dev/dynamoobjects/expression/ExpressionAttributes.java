package dev.dynamoobjects.expression;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholders of one request: every attribute name becomes {@code #aN} (the same name, the
 * same placeholder) and every value {@code :vN}. Several expressions of one request (key
 * condition, filter, projection) share one instance. Not thread-safe; one per request.
 *
 * <pre>{@code
 * ExpressionAttributes attributes = new ExpressionAttributes();
 * String filter = StoreTable.NAME.eq("Corner").render(attributes);   // "#a0 = :v0"
 * request.filterExpression(filter)
 *        .expressionAttributeNames(attributes.names())
 *        .expressionAttributeValues(attributes.values());
 * }</pre>
 */
public final class ExpressionAttributes implements Placeholders {
    private final Map<String, String> placeholderOfName = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    @Override
    public String name(String attributeName) {
        return placeholderOfName.computeIfAbsent(attributeName, n -> {
            String placeholder = "#a" + names.size();
            names.put(placeholder, n);
            return placeholder;
        });
    }

    @Override
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** Returns the name placeholders, or null when there are none (DynamoDB rejects an empty map). */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** Returns the value placeholders, or null when there are none (DynamoDB rejects an empty map). */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
