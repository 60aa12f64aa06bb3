package dev.dynamoobjects.table;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key of one item together with its table, typed by the record: what a transaction needs to
 * update, delete, check or read an item. Generated tables return one from
 * {@code keyOf(key values...)}, every table from {@link Table#keyOf(Object)}.
 *
 * <pre>{@code
 * ItemKey<Product> shoe = products.keyOf("s1", "shoe-1");
 * Transaction.begin(db).update(shoe, ProductTable.STOCK.add(-1)).commit();
 * }</pre>
 *
 * @param table the table
 * @param key   the key attributes (partition key, and sort key if any)
 * @param <R>   the record type
 */
public record ItemKey<R>(Table<R> table, Map<String, AttributeValue> key) {
    /** Checks both parts and copies the key. */
    public ItemKey {
        Objects.requireNonNull(table, "table");
        key = Map.copyOf(key);
    }
}
