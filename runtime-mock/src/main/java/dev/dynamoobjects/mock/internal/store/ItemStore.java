package dev.dynamoobjects.mock.internal.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Items sorted as DynamoDB sorts them: partitions in key order, and inside a partition, items in
 * sort-key order. Keys are the compact objects of {@code KeyAttribute.keyObject}.
 *
 * <p>Why partitions come in three shapes: the engine keeps every item for the life of a test, and a
 * TreeMap per partition costs 88 bytes before its first item. A store without a sort dimension keeps
 * the item itself as the partition's value; so does a sorted store for a partition of one item, the
 * item carrying its sort key ({@code StoredItem.holdSortKey}; a {@link Single} beside it when the item
 * already carries another store's), and it turns the partition into a TreeMap when a second item
 * arrives. Writes into a sorted store go through one {@code compute} (one walk down the tree), which
 * {@link SortedPut} does without allocating.
 *
 * <p>Not thread-safe: the engine's lock guards it.
 */
public final class ItemStore {
    private final TreeMap<Object, Object> partitions;
    private final Comparator<Object> sortOrder;
    private final SortedPut sortedPut;
    private int itemCount;
    private long totalSize;

    /**
     * @param partitionOrder the order of partition key objects
     * @param sortOrder      the order of sort key objects, or null when items have no sort dimension
     */
    public ItemStore(Comparator<Object> partitionOrder, Comparator<Object> sortOrder) {
        this.partitions = new TreeMap<>(partitionOrder);
        this.sortOrder = sortOrder;
        this.sortedPut = sortOrder == null ? null : new SortedPut(sortOrder);
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
        if (value instanceof StoredItem item) {
            return sortOrder.compare(item.sortKey(), sort) == 0 ? item : null;
        }
        if (value instanceof Single single) {
            return single.holds(sort, sortOrder) ? single.item : null;
        }
        return partitionMap(value).get(sort);
    }

    /** Stores an item under this key and returns the item it replaces, or null. */
    public StoredItem put(Object partition, Object sort, StoredItem item) {
        StoredItem previous;
        if (sortOrder == null) {
            previous = (StoredItem) partitions.put(partition, item);
        } else {
            previous = sortedPut.put(partitions, partition, sort, item);
        }
        count(previous, -1);
        count(item, 1);
        return previous;
    }

    /** Removes the item with this key and returns it, or null when there was none. */
    public StoredItem remove(Object partition, Object sort) {
        Object value = partitions.get(partition);
        StoredItem previous;
        if (value == null) {
            return null;
        } else if (sortOrder == null) {
            previous = (StoredItem) partitions.remove(partition);
        } else if (value instanceof StoredItem item) {
            if (sortOrder.compare(item.sortKey(), sort) != 0) {
                return null;
            }
            previous = item;
            partitions.remove(partition);
        } else if (value instanceof Single single) {
            if (!single.holds(sort, sortOrder)) {
                return null;
            }
            previous = single.item;
            partitions.remove(partition);
        } else {
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
     * stores with a sort dimension. Read-only (a copy for a partition of one item).
     */
    public NavigableMap<Object, StoredItem> partition(Object partition) {
        Object value = partitions.get(partition);
        // Never Collections.emptyNavigableMap(): it orders by natural order, and binary keys have none.
        TreeMap<Object, StoredItem> items = new TreeMap<>(sortOrder);
        if (value instanceof StoredItem item) {
            items.put(item.sortKey(), item);
            return items;
        }
        if (value instanceof Single single) {
            items.put(single.sort, single.item);
            return items;
        }
        return value == null ? items : partitionMap(value);
    }

    /**
     * Returns the partitions in key order from {@code start} (all when null), inclusive or not. Each
     * value is opaque: {@link #items} lists its items.
     */
    public Iterator<Map.Entry<Object, Object>> partitionsFrom(Object start, boolean inclusive) {
        NavigableMap<Object, Object> view = start == null ? partitions : partitions.tailMap(start, inclusive);
        return view.entrySet().iterator();
    }

    /**
     * Returns the items of a partition value from {@link #partitionsFrom}, in sort order, those after
     * the sort key {@code after} only when it is not null.
     */
    @SuppressWarnings("unchecked")
    public Iterator<StoredItem> items(Object partitionValue, Object after) {
        if (partitionValue instanceof StoredItem item) {
            boolean included = after == null || sortOrder == null || sortOrder.compare(item.sortKey(), after) > 0;
            return included ? Collections.singleton(item).iterator() : Collections.emptyIterator();
        }
        if (partitionValue instanceof Single single) {
            boolean included = after == null || sortOrder.compare(single.sort, after) > 0;
            return included ? Collections.singleton(single.item).iterator() : Collections.emptyIterator();
        }
        NavigableMap<Object, StoredItem> items = (NavigableMap<Object, StoredItem>) partitionValue;
        return (after == null ? items : items.tailMap(after, false)).values().iterator();
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

    /** A sorted store's partition of one item whose sort key the item cannot carry: the key and the item. */
    private static final class Single {
        private final Object sort;
        private final StoredItem item;

        Single(Object sort, StoredItem item) {
            this.sort = sort;
            this.item = item;
        }

        boolean holds(Object key, Comparator<Object> order) {
            return order.compare(sort, key) == 0;
        }
    }

    /**
     * The remapping function of a put into a sorted store, reused from put to put (the store is
     * guarded by the engine's lock): one walk down the partitions' tree, no lambda captured.
     */
    private static final class SortedPut implements BiFunction<Object, Object, Object> {
        private final Comparator<Object> sortOrder;
        private Object sort;
        private StoredItem item;
        private StoredItem previous;

        SortedPut(Comparator<Object> sortOrder) {
            this.sortOrder = sortOrder;
        }

        StoredItem put(TreeMap<Object, Object> partitions, Object partition, Object sort, StoredItem item) {
            this.sort = sort;
            this.item = item;
            this.previous = null;
            try {
                partitions.compute(partition, this);
                return previous;
            } finally {
                this.sort = null;
                this.item = null;
                this.previous = null;
            }
        }

        @Override
        public Object apply(Object partition, Object value) {
            if (value == null) {
                return alone();
            }
            if (value instanceof StoredItem single) {
                return sortOrder.compare(single.sortKey(), sort) == 0 ? replace(single) : grow(single.sortKey(), single);
            }
            if (value instanceof Single single) {
                return single.holds(sort, sortOrder) ? replace(single.item) : grow(single.sort, single.item);
            }
            previous = partitionMap(value).put(sort, item);
            return value;
        }

        private Object replace(StoredItem replaced) {
            previous = replaced;
            return alone();
        }

        /** Returns the partition value of the item alone: the item, or a Single when it carries another key. */
        private Object alone() {
            return item.holdSortKey(sort) ? item : new Single(sort, item);
        }

        private Object grow(Object otherSort, StoredItem other) {
            TreeMap<Object, StoredItem> items = new TreeMap<>(sortOrder);
            items.put(otherSort, other);
            items.put(sort, item);
            return items;
        }
    }
}
