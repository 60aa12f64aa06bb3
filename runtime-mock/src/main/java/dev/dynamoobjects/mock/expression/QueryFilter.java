package dev.dynamoobjects.mock.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Query's filter (a FilterExpression or a legacy QueryFilter) with the top-level attributes it
 * reads, which a query of an index must find among the index's attributes.
 *
 * @param condition  the filter
 * @param attributes the top-level attributes it names
 */
public record QueryFilter(Condition condition, Set<String> attributes) implements Condition {
    public QueryFilter {
        attributes = Set.copyOf(attributes);
    }

    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return condition.test(item);
    }
}
