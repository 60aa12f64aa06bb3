package dev.dynamoobjects.mock.expression;

import dev.dynamoobjects.mock.error.DynamoErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The expressions of one request and the placeholders they share. Each expression is parsed once,
 * into a tree that evaluates items without parsing again; the context remembers which
 * {@code #names} and {@code :values} the expressions used, so that {@link #checkAllUsed()} can
 * reject the unused ones as DynamoDB does. Every problem is the {@code ValidationException} DynamoDB
 * throws, with its message text.
 *
 * <pre>{@code
 * ExpressionContext context = new ExpressionContext(request.expressionAttributeNames(),
 *         request.expressionAttributeValues());
 * Condition condition = context.condition(request.conditionExpression());
 * Update update = context.update(request.updateExpression());
 * context.checkAllUsed();
 * if (condition.test(item)) {
 *     item = update.apply(item);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; the parsed expressions it returns are immutable and can be shared.
 */
public final class ExpressionContext {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();
    private final Placeholders placeholders = new Lookup();

    /**
     * Checks the placeholder maps as DynamoDB does (non-empty, well-formed keys, valid values).
     *
     * @param names  ExpressionAttributeNames, or null when the request has none
     * @param values ExpressionAttributeValues, or null when the request has none
     */
    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        AttributeMaps.checkNames(names);
        AttributeMaps.checkValues(values);
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
    }

    /** Parses a ConditionExpression. */
    public Condition condition(String expression) {
        return condition(expression, ExpressionKind.CONDITION);
    }

    /** Parses a ConditionExpression or FilterExpression, naming {@code kind} in error messages. */
    public Condition condition(String expression, ExpressionKind kind) {
        return ConditionParser.parse(expression, kind, placeholders);
    }

    /** Parses a Query's KeyConditionExpression for a table or index with the given keys. */
    public KeyCondition keyCondition(String expression, KeySchema keys) {
        Condition parsed = ConditionParser.parse(expression, ExpressionKind.KEY_CONDITION, placeholders);
        return KeyConditions.of(parsed, keys);
    }

    /** Parses an UpdateExpression. */
    public Update update(String expression) {
        return UpdateParser.parse(expression, placeholders);
    }

    /** Parses a ProjectionExpression. */
    public Projection projection(String expression) {
        return ProjectionParser.parse(expression, placeholders);
    }

    /**
     * Rejects placeholders that none of the parsed expressions used, names first, as DynamoDB does.
     * Call it once every expression of the request is parsed.
     */
    public void checkAllUsed() {
        List<String> unusedNames = unused(names.keySet(), usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoErrors.validation(ExpressionMessages.unusedNames(unusedNames));
        }
        List<String> unusedValues = unused(values.keySet(), usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoErrors.validation(ExpressionMessages.unusedValues(unusedValues));
        }
    }

    private static List<String> unused(Set<String> given, Set<String> used) {
        return given.stream().filter(key -> !used.contains(key)).sorted().toList();
    }

    private final class Lookup implements Placeholders {
        @Override
        public String name(String ref) {
            String name = names.get(ref);
            if (name != null) {
                usedNames.add(ref);
            }
            return name;
        }

        @Override
        public AttributeValue value(String ref) {
            AttributeValue value = values.get(ref);
            if (value != null) {
                usedValues.add(ref);
            }
            return value;
        }
    }
}
