package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * <p>Parses are cached across contexts while the expression and both maps are equal, so a
 * request repeated with the same values costs a map lookup. A context is not thread-safe; the
 * parsed expressions it returns are immutable and can be shared.
 */
public final class ExpressionContext {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();
    private final Set<String> dereferenced = new HashSet<>();
    /** The attributes only an UpdateExpression dereferenced: DynamoDB Local checks those after the condition. */
    private final Set<String> dereferencedByUpdate = new HashSet<>();

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
        if (kind != ExpressionKind.CONDITION && kind != ExpressionKind.FILTER) {
            throw new IllegalArgumentException("Not a condition: " + kind);
        }
        return parse(kind, expression, null, placeholders -> ConditionParser.parse(expression, kind, placeholders));
    }

    /** Parses a Query's FilterExpression; {@link QueryFilter#checkKeys} then refuses key attributes in it. */
    public QueryFilter queryFilter(String expression) {
        return parse(ExpressionKind.FILTER, expression, null,
                placeholders -> ConditionParser.parseQueryFilter(expression, placeholders));
    }

    /** Parses a Query's KeyConditionExpression for a table or index with the given keys. */
    public KeyCondition keyCondition(String expression, KeySchema keys) {
        return parse(ExpressionKind.KEY_CONDITION, expression, keys, placeholders -> KeyConditions.of(
                ConditionParser.parse(expression, ExpressionKind.KEY_CONDITION, placeholders), keys));
    }

    /** Parses an UpdateExpression. */
    public Update update(String expression) {
        return parse(ExpressionKind.UPDATE, expression, null, placeholders -> UpdateParser.parse(expression, placeholders));
    }

    /** Parses a ProjectionExpression. */
    public Projection projection(String expression) {
        return parse(ExpressionKind.PROJECTION, expression, null,
                placeholders -> ProjectionParser.parse(expression, placeholders));
    }

    /** Parses once per distinct request shape; a cached parse still marks its placeholders used. */
    @SuppressWarnings("unchecked")
    private <T> T parse(ExpressionKind kind, String expression, KeySchema keys, Function<Placeholders, T> parser) {
        ParseCache.Key key = new ParseCache.Key(kind, expression, names, values, keys);
        ParseCache.Entry entry = ParseCache.get(key);
        if (entry == null) {
            Recorder recorder = new Recorder();
            T parsed = parser.apply(recorder);
            entry = new ParseCache.Entry(parsed, Set.copyOf(recorder.names), Set.copyOf(recorder.values),
                    Set.copyOf(recorder.dereferenced));
            ParseCache.put(key, entry);
        }
        usedNames.addAll(entry.usedNames());
        usedValues.addAll(entry.usedValues());
        (kind == ExpressionKind.UPDATE ? dereferencedByUpdate : dereferenced).addAll(entry.dereferenced());
        dereferencedByUpdate.removeAll(dereferenced);
        return (T) entry.parsed();
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

    /**
     * Rejects a document path into a key attribute ({@code ts[0]}, {@code tag.c}) in any expression
     * parsed so far but an UpdateExpression, as DynamoDB does: key values are scalars. Table keys are
     * checked before index keys, each in the order given.
     */
    public void checkKeyPaths(List<String> tableKeys, List<String> indexKeys) {
        checkKeyPaths(dereferenced, tableKeys, indexKeys);
    }

    /**
     * Rejects an UpdateExpression's document path into a key: DynamoDB Local reports it as the update
     * applies, after the condition, where a condition's path into a key is refused up front.
     */
    public void checkKeyPathsOfUpdate(List<String> tableKeys, List<String> indexKeys) {
        checkKeyPaths(dereferencedByUpdate, tableKeys, indexKeys);
    }

    private static void checkKeyPaths(Set<String> paths, List<String> tableKeys, List<String> indexKeys) {
        for (String key : tableKeys) {
            if (paths.contains(key)) {
                throw DynamoErrors.validation(ExpressionMessages.keyNotScalar(key));
            }
        }
        for (String key : indexKeys) {
            if (paths.contains(key)) {
                throw DynamoErrors.validation(ExpressionMessages.indexKeyNotScalar(key));
            }
        }
    }

    private static List<String> unused(Set<String> given, Set<String> used) {
        List<String> unused = new ArrayList<>();
        for (String key : given) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        Collections.sort(unused);
        return unused;
    }

    /** Looks placeholders up for one parse, noting the ones it used. */
    private final class Recorder implements Placeholders {
        final Set<String> names = new HashSet<>();
        final Set<String> values = new HashSet<>();
        final Set<String> dereferenced = new HashSet<>();

        @Override
        public void path(Path path) {
            if (path.length() > 1) {
                dereferenced.add(path.attribute());
            }
        }

        @Override
        public String name(String ref) {
            String name = ExpressionContext.this.names.get(ref);
            if (name != null) {
                names.add(ref);
            }
            return name;
        }

        @Override
        public AttributeValue value(String ref) {
            AttributeValue value = ExpressionContext.this.values.get(ref);
            if (value != null) {
                values.add(ref);
            }
            return value;
        }
    }
}
