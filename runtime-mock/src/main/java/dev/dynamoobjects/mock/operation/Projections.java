package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.expression.Projection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ProjectionExpression, or the legacy AttributesToGet (top-level names), whichever a request uses. */
final class Projections {
    static final String BOTH = "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}";

    private Projections() {
    }

    /** Returns the request's projection, or null when it asks for whole items. */
    static Projection of(RequestExpressions expressions, String expression, List<String> attributesToGet) {
        if (expression != null && attributesToGet != null) {
            throw DynamoErrors.validation(BOTH);
        }
        if (attributesToGet != null) {
            return item -> topLevel(item, attributesToGet);
        }
        return expressions.projection(expression);
    }

    private static Map<String, AttributeValue> topLevel(Map<String, AttributeValue> item, List<String> names) {
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        for (String name : names) {
            AttributeValue value = item.get(name);
            if (value != null) {
                projected.put(name, value);
            }
        }
        return projected;
    }
}
