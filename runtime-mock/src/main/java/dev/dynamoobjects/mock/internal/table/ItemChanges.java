package dev.dynamoobjects.mock.internal.table;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a table reports each item it stores or removes, after it applied the change: the data
 * directory's journal listens here, so every operation that writes (single items, batches,
 * transactions, PartiQL, TTL expiry) is recorded without code of its own.
 *
 * <p>Engine-internal. Called under the engine's write lock.
 */
public interface ItemChanges {
    /** Ignores every change: the engine without a data directory. */
    ItemChanges NONE = new ItemChanges() {
        @Override
        public void stored(String table, Map<String, AttributeValue> item) {
        }

        @Override
        public void removed(String table, Map<String, AttributeValue> key) {
        }
    };

    /** An item was stored (created or replaced) in {@code table}. */
    void stored(String table, Map<String, AttributeValue> item);

    /** The item with this key was removed from {@code table}. */
    void removed(String table, Map<String, AttributeValue> key);

    /** The item with this key was removed from {@code table} by Time to Live: as {@link #removed} unless told apart. */
    default void expired(String table, Map<String, AttributeValue> key) {
        removed(table, key);
    }
}
