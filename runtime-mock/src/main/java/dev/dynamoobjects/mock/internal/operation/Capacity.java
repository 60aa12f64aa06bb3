package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * ReturnConsumedCapacity as DynamoDB computes it: reads in 4 KB units (half for eventually
 * consistent reads), writes in 1 KB units, at least one unit per request, plus the writes of each
 * index whose entry for the item changes: one when the item enters or leaves the index or its
 * projected attributes change, two (a delete and a put) when its index key changes, none when the
 * entry stays the same.
 */
public final class Capacity {
    private Capacity() {
    }

    /**
     * Returns the capacity of a write that replaced {@code before} (or null) by {@code after} (or null).
     * Modes are the request's strings, so that a request without ReturnConsumedCapacity, the usual
     * one, does not load the SDK's enum class.
     */
    public static ConsumedCapacity write(String requested, Table table, StoredItem before, StoredItem after) {
        ReturnConsumedCapacity mode = wanted(requested);
        if (mode == null) {
            return null;
        }
        double tableUnits = units(Math.max(size(before), size(after)), Limits.WRITE_UNIT_SIZE);
        Map<String, Double> local = new LinkedHashMap<>();
        Map<String, Double> global = new LinkedHashMap<>();
        for (IndexDefinition index : table.indexes().values()) {
            double units = indexUnits(index, entry(index, before), entry(index, after));
            if (units > 0) {
                (index.global() ? global : local).put(index.name(), units);
            }
        }
        return build(mode, table.name(), tableUnits, local, global);
    }

    /** Returns the capacity of a GetItem: at least one read unit, found or not. */
    public static ConsumedCapacity readItem(String requested, Table table, long bytes, boolean consistent) {
        return read(requested, table, null, Math.max(1, bytes), consistent);
    }

    /**
     * Returns the capacity of a Query or Scan that read {@code bytes} from the table or from one of its
     * indexes (nothing when it read nothing).
     */
    public static ConsumedCapacity read(String requested, Table table, String indexName, long bytes,
                                        boolean consistent) {
        ReturnConsumedCapacity mode = wanted(requested);
        if (mode == null) {
            return null;
        }
        double units = (bytes + Limits.READ_UNIT_SIZE - 1) / Limits.READ_UNIT_SIZE * (consistent ? 1.0 : 0.5);
        Map<String, Double> local = new LinkedHashMap<>();
        Map<String, Double> global = new LinkedHashMap<>();
        if (indexName == null) {
            return build(mode, table.name(), units, local, global);
        }
        (table.indexes().get(indexName).global() ? global : local).put(indexName, units);
        return build(mode, table.name(), 0.0, local, global);
    }

    /** Returns the requested mode when it asks for figures, else null. */
    private static ReturnConsumedCapacity wanted(String requested) {
        if (requested == null) {
            return null;
        }
        ReturnConsumedCapacity mode = ReturnConsumedCapacity.fromValue(requested);
        return mode == ReturnConsumedCapacity.TOTAL || mode == ReturnConsumedCapacity.INDEXES ? mode : null;
    }

    private static ConsumedCapacity build(ReturnConsumedCapacity mode, String tableName, double tableUnits,
                                          Map<String, Double> local, Map<String, Double> global) {
        double total = tableUnits + local.values().stream().mapToDouble(Double::doubleValue).sum()
                + global.values().stream().mapToDouble(Double::doubleValue).sum();
        ConsumedCapacity.Builder capacity = ConsumedCapacity.builder().tableName(tableName).capacityUnits(total);
        if (mode == ReturnConsumedCapacity.INDEXES) {
            capacity.table(c -> c.capacityUnits(tableUnits));
            if (!local.isEmpty()) {
                capacity.localSecondaryIndexes(capacities(local));
            }
            if (!global.isEmpty()) {
                capacity.globalSecondaryIndexes(capacities(global));
            }
        }
        return capacity.build();
    }

    private static Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> capacities(
            Map<String, Double> units) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> result = new LinkedHashMap<>();
        units.forEach((name, u) -> result.put(name,
                software.amazon.awssdk.services.dynamodb.model.Capacity.builder().capacityUnits(u).build()));
        return result;
    }

    private static double units(long bytes, int unitSize) {
        return Math.max(1, (bytes + unitSize - 1) / unitSize);
    }

    private static int size(StoredItem item) {
        return item == null ? 0 : item.size();
    }

    /** Returns the write units an index spends when its entry for an item goes from one to the other. */
    private static double indexUnits(IndexDefinition index, Map<String, AttributeValue> before,
                                     Map<String, AttributeValue> after) {
        if (before == null || after == null) {
            Map<String, AttributeValue> entry = before == null ? after : before;
            return entry == null ? 0 : units(ItemValues.itemSize(entry), Limits.WRITE_UNIT_SIZE);
        }
        if (before.equals(after)) {
            return 0;
        }
        double beforeUnits = units(ItemValues.itemSize(before), Limits.WRITE_UNIT_SIZE);
        double afterUnits = units(ItemValues.itemSize(after), Limits.WRITE_UNIT_SIZE);
        return sameKey(index, before, after) ? Math.max(beforeUnits, afterUnits) : beforeUnits + afterUnits;
    }

    private static boolean sameKey(IndexDefinition index, Map<String, AttributeValue> before,
                                   Map<String, AttributeValue> after) {
        for (String name : index.keys().names()) {
            if (!before.get(name).equals(after.get(name))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the item's entry in the index (its projected attributes), or null when the index leaves it out. */
    private static Map<String, AttributeValue> entry(IndexDefinition index, StoredItem item) {
        if (item == null || index.keys().keyOfStored(item.attributes()) == null) {
            return null;
        }
        return index.projectsAll() ? item.attributes() : index.project(item.attributes());
    }
}
