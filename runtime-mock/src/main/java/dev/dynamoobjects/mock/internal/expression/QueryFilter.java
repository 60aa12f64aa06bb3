package dev.dynamoobjects.mock.internal.expression;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query's filter (a FilterExpression or a legacy QueryFilter) with the top-level attributes it
 * reads, which a query of an index must find among the index's attributes.
 *
 * @param condition  the filter
 * @param attributes the top-level attributes it names
 * @param paths      the document paths of a FilterExpression, empty for a legacy QueryFilter (whose
 *                   key attributes are refused as it is read)
 */
public record QueryFilter(Condition condition, Set<String> attributes, List<Path> paths) implements Condition {
    public QueryFilter {
        attributes = Set.copyOf(attributes);
        paths = List.copyOf(paths);
    }

    /**
     * Refuses a filter that names a key attribute of the table or index it reads. Checked after the
     * key condition is parsed: DynamoDB Local reports a syntax error there first.
     */
    public void checkKeys(KeySchema keys) {
        FilterKeys.checkPaths(paths, keys);
    }

    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return condition.test(item);
    }
}
