package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.LocalIndex;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test record: what a user writes; the processor generates {@link ImmutableProduct},
 * {@link ProductMapper} and {@link ProductTable}.
 * {@code name} and {@code status} are DynamoDB reserved words on purpose.
 */
@Record(table = "product")
@GlobalIndex(name = "byCategory", partitionKey = "category", sortKey = "price")
@LocalIndex(name = "byName", sortKey = "name")
public interface Product {
    @Key
    String storeId();

    @SortKey
    String sku();

    String name();

    String category();

    long price();

    int stock();

    Set<String> tags();

    default List<String> history() {
        return List.of();
    }

    Map<String, String> dimensions();

    boolean active();

    default String status() {
        return "NEW";
    }
}
