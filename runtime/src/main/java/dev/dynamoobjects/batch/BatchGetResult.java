package dev.dynamoobjects.batch;

import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a {@link BatchGet} read: for each table, the items found and the keys that have no item.
 * Records and items come in the order their keys were first given.
 *
 * <pre>{@code
 * List<Product> found = result.records(products);
 * Optional<Product> shoe = result.find(products.keyOf("s1", "shoe-1"));
 * }</pre>
 */
public final class BatchGetResult {
    private final Map<String, Read> reads;

    private BatchGetResult(Map<String, Read> reads) {
        this.reads = reads;
    }

    /**
     * Returns the records found in a typed table, in key order; of a single table's entity table,
     * only the items of its entity type.
     */
    public <R> List<R> records(Table<R> table) {
        return items(table.tableName()).stream().filter(table::holds).map(table::toRecord).toList();
    }

    /** Returns the record with a key, or empty when it has no item or was not asked for. */
    public <R> Optional<R> find(ItemKey<R> key) {
        Table<R> table = key.table();
        return findItem(table.tableName(), key.key()).map(table::toRecord);
    }

    /** Returns the items found in a table (physical name), in key order. */
    public List<Map<String, AttributeValue>> items(String tableName) {
        Read read = reads.get(tableName);
        if (read == null) {
            return List.of();
        }
        return read.keys.stream().map(read.items::get).filter(Objects::nonNull).toList();
    }

    /** Returns the item with a key in a table (physical name), or empty. */
    public Optional<Map<String, AttributeValue>> findItem(String tableName, Map<String, AttributeValue> key) {
        Read read = reads.get(tableName);
        return read == null ? Optional.empty() : Optional.ofNullable(read.items.get(read.table.keyOf(key)));
    }

    /** Returns the keys of a table (physical name) that were read and have no item, in key order. */
    public List<Map<String, AttributeValue>> missingKeys(String tableName) {
        Read read = reads.get(tableName);
        if (read == null) {
            return List.of();
        }
        return read.keys.stream().filter(key -> !read.items.containsKey(key)).toList();
    }

    /** What was read from one table: the keys read (not those left unread) and the items found. */
    private record Read(ItemTable table, List<Map<String, AttributeValue>> keys,
            Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items) {
    }

    /** Collects the items of the responses. */
    static final class Builder {
        private final Work<?> work;
        private final Map<String, ItemTable> tables = new LinkedHashMap<>();
        private final Map<String, Map<Map<String, AttributeValue>, Map<String, AttributeValue>>> items =
                new HashMap<>();

        Builder(Work<?> work) {
            this.work = work;
            work.tables().forEach(table -> tables.put(table.name(), table));
        }

        void found(ItemTable table, Map<String, AttributeValue> item) {
            items.computeIfAbsent(table.name(), name -> new HashMap<>()).put(table.keyOf(item), item);
        }

        /** Returns the result, leaving out the keys that were not read. */
        BatchGetResult build(List<? extends Pending<?>> unread) {
            Set<List<Object>> skipped = new HashSet<>();
            unread.forEach(pending -> skipped.add(List.of(pending.table().name(), pending.key())));
            Map<String, Read> reads = new LinkedHashMap<>();
            tables.forEach((name, table) -> reads.put(name, new Read(table,
                    work.keys(name).stream().filter(key -> !skipped.contains(List.of(name, key))).toList(),
                    items.getOrDefault(name, Map.of()))));
            return new BatchGetResult(reads);
        }
    }
}
