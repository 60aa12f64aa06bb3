package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.expression.ExpressionContext;
import dev.dynamoobjects.mock.internal.expression.ExpressionKind;
import dev.dynamoobjects.mock.internal.expression.LegacyConditions;
import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The expressions of one request, parsed against its ExpressionAttributeNames and Values. Parse
 * every expression the request has, then call {@link #checkAllUsed()}.
 */
final class RequestExpressions {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final String nullExpressions;
    private ExpressionContext context;
    private boolean anyExpression;
    private boolean valueExpression;

    /**
     * @param nullExpressions what the operation's error for values without expressions says is
     *                        missing, e.g. {@link Messages#NULL_CONDITION}; null when it takes no values
     */
    RequestExpressions(Map<String, String> names, Map<String, AttributeValue> values, String nullExpressions) {
        this.names = given(names) ? names : null;
        this.values = given(values) ? values : null;
        this.nullExpressions = nullExpressions;
    }

    /** Returns the parsed condition or filter, or null when the request has none. */
    Condition condition(String expression, ExpressionKind kind) {
        if (expression == null) {
            return null;
        }
        return context().condition(expression, kind);
    }

    /**
     * Returns the request's condition from its legacy parameter when the request sets it, else from
     * its expression (null when it has neither). Check the mix of parameters first ({@link ParameterMix}).
     *
     * @param legacy the legacy parameter's translation, or null when the request does not set it
     */
    Condition condition(String expression, ExpressionKind kind, Supplier<Condition> legacy) {
        return legacy == null ? condition(expression, kind) : legacy.get();
    }

    /**
     * Returns the request's projection from AttributesToGet when the request sets it, else from its
     * ProjectionExpression (null when it has neither).
     */
    Projection projection(String expression, List<String> attributesToGet, boolean attributesGiven) {
        return attributesGiven ? LegacyConditions.attributesToGet(attributesToGet) : projection(expression);
    }

    /** Returns the parsed projection, or null when the request has none. */
    Projection projection(String expression) {
        if (expression == null) {
            return null;
        }
        return projectionContext().projection(expression);
    }

    /**
     * Returns the context, for expressions this class does not wrap; marks that one was used. It is
     * made on first use, so requests without expressions (most GetItem and PutItem calls) skip it.
     */
    ExpressionContext context() {
        valueExpression = true;
        return projectionContext();
    }

    // A projection reads no values: it alone does not let a request give them.
    private ExpressionContext projectionContext() {
        anyExpression = true;
        if (context == null) {
            context = new ExpressionContext(names, values);
        }
        return context;
    }

    /** Rejects placeholders that no expression used, or placeholders given without any expression. */
    void checkAllUsed() {
        if (!anyExpression && names != null) {
            new ExpressionContext(names, values);
            throw DynamoErrors.validation(Messages.NAMES_WITHOUT_EXPRESSIONS);
        }
        if (!valueExpression && values != null) {
            new ExpressionContext(names, values);
            throw DynamoErrors.validation(Messages.valuesWithoutExpressions(nullExpressions));
        }
        if (anyExpression) {
            context.checkAllUsed();
        }
    }

    /** Rejects a document path into a key attribute of the table or of one of its indexes. */
    void checkKeyPaths(Table table) {
        if (context != null) {
            context.checkKeyPaths(table.keys().names(), indexKeys(table));
        }
    }

    /** Rejects an UpdateExpression's path into a key of the table or of an index; call it once the condition held. */
    void checkKeyPathsOfUpdate(Table table) {
        if (context != null) {
            context.checkKeyPathsOfUpdate(table.keys().names(), indexKeys(table));
        }
    }

    private static List<String> indexKeys(Table table) {
        List<String> indexKeys = new ArrayList<>();
        for (IndexDefinition index : table.indexes().values()) {
            indexKeys.addAll(index.keys().names());
        }
        return indexKeys;
    }

    private static boolean given(Map<?, ?> map) {
        return map != null && !(map instanceof SdkAutoConstructMap);
    }
}
