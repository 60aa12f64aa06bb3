package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.expression.Condition;
import dev.dynamoobjects.mock.expression.ExpressionContext;
import dev.dynamoobjects.mock.expression.ExpressionKind;
import dev.dynamoobjects.mock.expression.LegacyConditions;
import dev.dynamoobjects.mock.expression.Projection;
import dev.dynamoobjects.mock.validation.Messages;
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
    private final ExpressionContext context;
    private final boolean hasNames;
    private final boolean hasValues;
    private boolean anyExpression;

    RequestExpressions(Map<String, String> names, Map<String, AttributeValue> values) {
        this.hasNames = given(names);
        this.hasValues = given(values);
        this.context = new ExpressionContext(hasNames ? names : null, hasValues ? values : null);
    }

    /** Returns the parsed condition or filter, or null when the request has none. */
    Condition condition(String expression, ExpressionKind kind) {
        if (expression == null) {
            return null;
        }
        anyExpression = true;
        return context.condition(expression, kind);
    }

    /**
     * Returns the request's condition from its expression or from its legacy parameter (null when
     * it has neither), with DynamoDB's error when it has both.
     *
     * @param legacyName the legacy parameter's name, e.g. {@code Expected}
     * @param legacy     the legacy parameter's translation, or null when the request does not set it
     */
    Condition condition(String expression, ExpressionKind kind, String legacyName, Supplier<Condition> legacy) {
        if (legacy == null) {
            return condition(expression, kind);
        }
        if (expression != null) {
            throw DynamoErrors.validation(Messages.mixedParameters(legacyName, kind.parameter()));
        }
        return legacy.get();
    }

    /**
     * Returns the request's projection from ProjectionExpression or AttributesToGet (null when it
     * has neither), with DynamoDB's error when it has both.
     */
    Projection projection(String expression, List<String> attributesToGet, boolean attributesGiven) {
        if (!attributesGiven) {
            return projection(expression);
        }
        if (expression != null) {
            throw DynamoErrors.validation(Messages.mixedParameters("AttributesToGet", "ProjectionExpression"));
        }
        return LegacyConditions.attributesToGet(attributesToGet);
    }

    /** Returns the parsed projection, or null when the request has none. */
    Projection projection(String expression) {
        if (expression == null) {
            return null;
        }
        anyExpression = true;
        return context.projection(expression);
    }

    /** Returns the context, for expressions this class does not wrap; marks that one was used. */
    ExpressionContext context() {
        anyExpression = true;
        return context;
    }

    /** Rejects placeholders that no expression used, or placeholders given without any expression. */
    void checkAllUsed() {
        if (!anyExpression) {
            if (hasNames) {
                throw DynamoErrors.validation(Messages.NAMES_WITHOUT_EXPRESSIONS);
            }
            if (hasValues) {
                throw DynamoErrors.validation(Messages.VALUES_WITHOUT_EXPRESSIONS);
            }
            return;
        }
        context.checkAllUsed();
    }

    private static boolean given(Map<?, ?> map) {
        return map != null && !(map instanceof SdkAutoConstructMap);
    }
}
