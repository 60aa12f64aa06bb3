package dev.dynamoobjects.mock.internal.ttl;

import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * Deletes a table's expired items (see {@link Expiry}) before a request reads or writes it, so that
 * an item is gone, from reads and from DescribeTable's counts alike, as soon as the clock passes its
 * TTL. Engine-internal: the caller holds the engine's write lock. The sweep reads the whole table,
 * and only tables with TTL enabled are swept.
 */
public final class TtlSweeper {
    private TtlSweeper() {
    }

    /** Deletes the items of the table whose TTL has passed at {@code now}; returns how many. */
    public static int sweep(Table table, Instant now) {
        String attribute = ttlAttribute(table);
        if (attribute == null) {
            return 0;
        }
        List<PrimaryKey> expired = new ArrayList<>();
        forEachItem(table.items(), item -> {
            if (Expiry.isExpired(item.attributes(), attribute, now)) {
                expired.add(table.keys().keyOfStored(item.attributes()));
            }
        });
        expired.forEach(table::expire);
        return expired.size();
    }

    /** Returns the TTL attribute when TTL is enabled on the table, else null. */
    public static String ttlAttribute(Table table) {
        TimeToLiveSpecification ttl = table.timeToLive();
        return ttl != null && Boolean.TRUE.equals(ttl.enabled()) ? ttl.attributeName() : null;
    }

    private static void forEachItem(ItemStore store, java.util.function.Consumer<StoredItem> action) {
        for (Iterator<Map.Entry<Object, Object>> partitions = store.partitionsFrom(null, true); partitions.hasNext(); ) {
            Object partition = partitions.next().getKey();
            if (store.sorted()) {
                store.partition(partition).values().forEach(action);
            } else {
                action.accept(store.get(partition, null));
            }
        }
    }
}
