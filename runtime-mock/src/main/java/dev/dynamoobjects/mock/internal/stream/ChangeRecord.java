package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;

/**
 * One record of a shard as GetRecords reads it: the item before and after the write (the store's
 * own, shared, immutable), when and by whom it was written, and its sequence number. Made when a
 * record is read: a shard keeps its records in arrays, so that a write makes no object for its record.
 *
 * @param before    the item before the write, null for an INSERT
 * @param after     the item after the write, null for a REMOVE
 * @param byService true for a deletion by TTL, which DynamoDB attributes to its own service
 */
record ChangeRecord(StoredItem before, StoredItem after, long createdMillis, boolean byService, long sequence) {
    OperationType event() {
        return before == null ? OperationType.INSERT : after == null ? OperationType.REMOVE : OperationType.MODIFY;
    }

    /** The item before the write, null for an INSERT. */
    Map<String, AttributeValue> oldImage() {
        return before == null ? null : before.attributes();
    }

    int oldSize() {
        return before == null ? 0 : before.size();
    }

    /** The item after the write, null for a REMOVE. */
    Map<String, AttributeValue> newImage() {
        return after == null ? null : after.attributes();
    }

    int newSize() {
        return after == null ? 0 : after.size();
    }
}
