package dev.dynamoobjects.it.table;

import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.LocalIndex;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.util.List;
import java.util.Set;

/** String keys, a global index with a number sort key (its name needs a Java name), a local index. */
@Record(table = "shelf")
@GlobalIndex(name = "by-category", partitionKey = "category", sortKey = "price")
@LocalIndex(name = "byName", sortKey = "name")
public interface Shelf {
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

    default String status() {
        return "NEW";
    }
}
