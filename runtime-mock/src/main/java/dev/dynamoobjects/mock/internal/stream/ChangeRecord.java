package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;

/**
 * One record of a shard as GetRecords reads it: the item's image before and after the write (the
 * store's own attribute arrays, shared, immutable; see {@link StoredItem#image}) with their sizes,
 * when and by whom it was written, and its sequence number. Made when a record is read: a shard keeps
 * its records in arrays, so that a write makes no object for its record.
 *
 * @param before     the item's image before the write, null for an INSERT
 * @param beforeSize its DynamoDB size in bytes
 * @param after      the item's image after the write, null for a REMOVE
 * @param afterSize  its DynamoDB size in bytes
 * @param byService  true for a deletion by TTL, which DynamoDB attributes to its own service
 */
record ChangeRecord(Object before, int beforeSize, Object after, int afterSize, long createdMillis, boolean byService,
                    long sequence) {
    OperationType event() {
        return before == null ? OperationType.INSERT : after == null ? OperationType.REMOVE : OperationType.MODIFY;
    }

    /** The item before the write, null for an INSERT. */
    Map<String, AttributeValue> oldImage() {
        return before == null ? null : StoredItem.attributesOf(before);
    }

    int oldSize() {
        return beforeSize;
    }

    /** The item after the write, null for a REMOVE. */
    Map<String, AttributeValue> newImage() {
        return after == null ? null : StoredItem.attributesOf(after);
    }

    int newSize() {
        return afterSize;
    }
}
