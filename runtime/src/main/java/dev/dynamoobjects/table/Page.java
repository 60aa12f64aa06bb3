package dev.dynamoobjects.table;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a query or scan, for APIs that serve results page by page: the records and the
 * cursor of the next page.
 *
 * <pre>{@code
 * Page<Product> page = products.query("s1").limit(20).page(request.cursor());
 * return new Response(page.records(), page.cursor());   // cursor null on the last page
 * }</pre>
 *
 * @param records the page's records
 * @param items   the same, as the raw items DynamoDB returned
 * @param cursor  an opaque string that {@link Read#page(String)} resumes from, or null when
 *                nothing follows
 * @param <R>     the record type
 */
public record Page<R>(List<R> records, List<Map<String, AttributeValue>> items, String cursor) {
    /** Copies the lists. */
    public Page {
        records = List.copyOf(records);
        items = List.copyOf(items);
    }

    /** Returns true when another page may follow (DynamoDB can return an empty last page). */
    public boolean hasMore() {
        return cursor != null;
    }
}
