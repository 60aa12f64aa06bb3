package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.partiql.Ast.PathExpr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a SELECT with a projection list, shaped as DynamoDB Local shapes them: each selected
 * path is one attribute of the result, named by its last name and the indexes after it
 * ({@code m.l[0]} is {@code l[0]}), not nested as a ProjectionExpression would nest it.
 */
final class ProjectedItems {
    private ProjectedItems() {
    }

    static List<Map<String, AttributeValue>> of(List<Map<String, AttributeValue>> items, List<PathExpr> paths) {
        if (paths.stream().allMatch(path -> path.topLevelName() != null)) {
            return items;
        }
        return items.stream().map(item -> flatten(item, paths)).toList();
    }

    private static Map<String, AttributeValue> flatten(Map<String, AttributeValue> item, List<PathExpr> paths) {
        Map<String, AttributeValue> flat = new LinkedHashMap<>();
        for (PathExpr path : paths) {
            AttributeValue value = valueAt(item, path.steps());
            if (value != null) {
                flat.put(label(path.steps()), value);
            }
        }
        return flat;
    }

    private static AttributeValue valueAt(Map<String, AttributeValue> item, List<Object> steps) {
        AttributeValue value = item.get((String) steps.get(0));
        for (Object step : steps.subList(1, steps.size())) {
            if (value == null) {
                return null;
            }
            if (step instanceof Integer index) {
                value = value.hasL() && index < value.l().size() ? value.l().get(index) : null;
            } else {
                value = value.hasM() ? value.m().get((String) step) : null;
            }
        }
        return value;
    }

    private static String label(List<Object> steps) {
        int last = steps.size() - 1;
        while (steps.get(last) instanceof Integer) {
            last--;
        }
        StringBuilder label = new StringBuilder((String) steps.get(last));
        for (Object index : steps.subList(last + 1, steps.size())) {
            label.append('[').append(index).append(']');
        }
        return label.toString();
    }
}
