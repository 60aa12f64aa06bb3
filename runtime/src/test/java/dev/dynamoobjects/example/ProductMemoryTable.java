package dev.dynamoobjects.example;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.memory.MemoryTable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A memory table of {@link Product} records over a {@link ProductTable}: each key is read from
 * DynamoDB at most once, {@code save} and {@code delete} change memory only, and {@link #flush()}
 * (or {@link #close()}) writes the changed records back in batches. See {@link MemoryTable}.
 *
 * <pre>{@code
 * try (ProductMemoryTable products = new ProductMemoryTable(new ProductTable(db))) {
 *     products.preload("s1", skus);
 *     Product shoe = products.get("s1", "shoe-1");
 *     products.save(shoe.withStock(shoe.stock() - 1));
 * }
 * }</pre>
 */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class ProductMemoryTable extends MemoryTable<Product> {
    /** Creates an empty memory table over {@code table}. */
    public ProductMemoryTable(ProductTable table) {
        super(table);
    }

    /** Creates an empty memory table over {@code table}, retrying batches as {@code retry} says. */
    public ProductMemoryTable(ProductTable table, BatchRetry retry) {
        super(table, retry);
    }

    /**
     * Returns the product with this key, read from DynamoDB the first time only.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when there is none
     */
    public Product get(String storeId, String sku) {
        return get(key(storeId, sku));
    }

    /** Returns the product with this key, or empty; read from DynamoDB the first time only. */
    public Optional<Product> find(String storeId, String sku) {
        return find(key(storeId, sku));
    }

    /** Returns the product with this key, or a new one with this key and the defaults (not saved). */
    public Product getOrDefault(String storeId, String sku) {
        return getOrDefault(key(storeId, sku));
    }

    /** Deletes the product with this key in memory; {@link #flush()} deletes the item. */
    public void delete(String storeId, String sku) {
        delete(key(storeId, sku));
    }

    /** Reads the products of partition {@code storeId} with these sort keys that are not in memory yet, in batches. */
    public void preload(String storeId, Collection<String> skus) {
        preload(skus.stream().map(sku -> key(storeId, sku)).toList());
    }

    private Map<String, AttributeValue> key(String storeId, String sku) {
        return key(ProductTable.STORE_ID.encode(storeId), ProductTable.SKU.encode(sku));
    }
}
