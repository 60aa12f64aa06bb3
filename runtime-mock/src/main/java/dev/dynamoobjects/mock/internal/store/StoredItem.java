package dev.dynamoobjects.mock.internal.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item as the engine keeps it: its attributes, immutable and shared with requests and responses
 * (no copies), and its DynamoDB size, computed once on write.
 *
 * <p>Why a class holding the compact array itself, not a record of a {@link CompactItem}: the engine
 * keeps a million items in a test of scale, and one object per item instead of two saves 24 bytes
 * each. {@link #attributes} hands out a fresh map view (16 bytes, usually never leaving the caller).
 * The item also carries the sort key object of the store that holds it alone in its partition (see
 * {@link ItemStore}), which costs nothing: the field fills the object's alignment gap.
 */
public final class StoredItem {
    private final Object[] namesAndValues;
    private final int size;
    /** The sort key under which one sorted store keeps this item alone in a partition, or null. */
    private Object sortKey;

    /**
     * @param attributes the item (kept as a {@link CompactItem}'s array; not copied when it is one)
     * @param size       its DynamoDB size in bytes
     */
    public StoredItem(Map<String, AttributeValue> attributes, int size) {
        this.namesAndValues = CompactItem.of(attributes).namesAndValues();
        this.size = size;
    }

    /** Returns the attributes as an immutable map. */
    public Map<String, AttributeValue> attributes() {
        return CompactItem.view(namesAndValues);
    }

    /**
     * Returns the item's attributes as an opaque immutable value that {@link #attributesOf} turns
     * back into the map {@link #attributes} returns. Why: a stream keeps the item before and after
     * every write for a day; keeping this array alone, not this object too, is one object and 24
     * bytes less per kept image for the garbage collector to copy while the record lives.
     */
    public Object image() {
        return namesAndValues;
    }

    /** Returns the attributes of an {@link #image} as an immutable map. */
    public static Map<String, AttributeValue> attributesOf(Object image) {
        return CompactItem.view((Object[]) image);
    }

    /** Returns the item's DynamoDB size in bytes. */
    public int size() {
        return size;
    }

    /** Returns the sort key recorded by {@link #holdSortKey}, or null. */
    Object sortKey() {
        return sortKey;
    }

    /**
     * Records the sort key under which a store keeps this item alone in a partition, and returns true;
     * returns false when the item already carries another key object (an index sharing the table's
     * item, or the item put back by a rollback), which the store then keeps beside the item.
     */
    boolean holdSortKey(Object sort) {
        if (sortKey == null) {
            sortKey = sort;
        }
        return sortKey == sort;
    }
}
