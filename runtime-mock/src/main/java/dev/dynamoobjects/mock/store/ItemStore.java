package dev.dynamoobjects.mock.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Items sorted as DynamoDB sorts them: partitions in key order, and inside a partition, items in
 * sort-key order. Keys are the compact objects of {@code KeyAttribute.keyObject}. A store without a
 * sort dimension keeps the item itself as the partition's value, which saves a map per item.
 *
 * <p>Not thread-safe: the engine's lock guards it.
 */
public final class ItemStore {
    private final TreeMap<Object, Object> partitions;
    private final Comparator<Object> sortOrder;
    private int itemCount;
    private long totalSize;

    /**
     * @param partitionOrder the order of partition key objects
     * @param sortOrder      the order of sort key objects, or null when items have no sort dimension
     */
    public ItemStore(Comparator<Object> partitionOrder, Comparator<Object> sortOrder) {
        this.partitions = new TreeMap<>(partitionOrder);
        this.sortOrder = sortOrder;
    }

    /** Returns the number of items. */
    public int itemCount() {
        return itemCount;
    }

    /** Returns the sum of the items' sizes. */
    public long totalSize() {
        return totalSize;
    }

    /** Returns true when items have a sort dimension. */
    public boolean sorted() {
        return sortOrder != null;
    }

    /** Returns the item with this key, or null. {@code sort} is ignored without a sort dimension. */
    public StoredItem get(Object partition, Object sort) {
        Object value = partitions.get(partition);
        if (value == null || sortOrder == null) {
            return (StoredItem) value;
        }
        return partitionMap(value).get(sort);
    }

    /** Stores an item under this key and returns the item it replaces, or null. */
    public StoredItem put(Object partition, Object sort, StoredItem item) {
        StoredItem previous;
        if (sortOrder == null) {
            previous = (StoredItem) partitions.put(partition, item);
        } else {
            previous = partitionMap(partitions.computeIfAbsent(partition, p -> new TreeMap<>(sortOrder)))
                    .put(sort, item);
        }
        count(previous, -1);
        count(item, 1);
        return previous;
    }

    /** Removes the item with this key and returns it, or null when there was none. */
    public StoredItem remove(Object partition, Object sort) {
        StoredItem previous;
        if (sortOrder == null) {
            previous = (StoredItem) partitions.remove(partition);
        } else {
            Object value = partitions.get(partition);
            if (value == null) {
                return null;
            }
            TreeMap<Object, StoredItem> items = partitionMap(value);
            previous = items.remove(sort);
            if (items.isEmpty()) {
                partitions.remove(partition);
            }
        }
        count(previous, -1);
        return previous;
    }

    /** Removes every item. */
    public void clear() {
        partitions.clear();
        itemCount = 0;
        totalSize = 0;
    }

    /**
     * Returns one partition's items in sort order (empty when the partition holds none). Only for
     * stores with a sort dimension.
     */
    public NavigableMap<Object, StoredItem> partition(Object partition) {
        Object value = partitions.get(partition);
        return value == null ? Collections.emptyNavigableMap() : partitionMap(value);
    }

    /**
     * Returns the partitions in key order from {@code start} (all when null), inclusive or not.
     * Each value is a {@link StoredItem} without a sort dimension, else a {@code NavigableMap}
     * from sort key to item.
     */
    public Iterator<Map.Entry<Object, Object>> partitionsFrom(Object start, boolean inclusive) {
        NavigableMap<Object, Object> view = start == null ? partitions : partitions.tailMap(start, inclusive);
        return view.entrySet().iterator();
    }

    @SuppressWarnings("unchecked")
    private static TreeMap<Object, StoredItem> partitionMap(Object value) {
        return (TreeMap<Object, StoredItem>) value;
    }

    private void count(StoredItem item, int sign) {
        if (item != null) {
            itemCount += sign;
            totalSize += sign * (long) item.size();
        }
    }
}
