package dev.dynamoobjects.mock.internal.expression;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parsed ProjectionExpression.
 *
 * <pre>{@code
 * Projection projection = context.projection("title, authors[0], info.rating");
 * Map<String, AttributeValue> partial = projection.apply(item);
 * }</pre>
 */
public interface Projection {
    /**
     * Returns the projected parts of the item in the nested shape DynamoDB returns: maps keep only
     * the projected keys, lists only the projected elements (in index order), and parts missing from
     * the item are left out.
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    /** The top-level attributes the projection reads, in the order it names them. */
    Set<String> attributes();
}
