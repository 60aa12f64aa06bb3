package dev.dynamoobjects.mock.internal.stream;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;

/**
 * One change as a stream keeps it: the item before and after (shared, immutable maps: no copies on
 * the write path) and their sizes; what the view type shows is decided when the record is read.
 * One object per write, numbered when it joins its shard (a transaction's records wait unnumbered).
 */
final class ChangeRecord {
    private final OperationType event;
    private final Map<String, AttributeValue> oldImage;
    private final int oldSize;
    private final Map<String, AttributeValue> newImage;
    private final int newSize;
    private final long createdMillis;
    /** True for a deletion by TTL, which DynamoDB attributes to its own service. */
    private final boolean byService;
    private long sequence;

    ChangeRecord(OperationType event, Map<String, AttributeValue> oldImage, int oldSize,
                 Map<String, AttributeValue> newImage, int newSize, long createdMillis, boolean byService) {
        this.event = event;
        this.oldImage = oldImage;
        this.oldSize = oldSize;
        this.newImage = newImage;
        this.newSize = newSize;
        this.createdMillis = createdMillis;
        this.byService = byService;
    }

    OperationType event() {
        return event;
    }

    /** The item before the write, null for an INSERT. */
    Map<String, AttributeValue> oldImage() {
        return oldImage;
    }

    int oldSize() {
        return oldSize;
    }

    /** The item after the write, null for a REMOVE. */
    Map<String, AttributeValue> newImage() {
        return newImage;
    }

    int newSize() {
        return newSize;
    }

    long createdMillis() {
        return createdMillis;
    }

    boolean byService() {
        return byService;
    }

    /** The record's sequence number, 0 until it joins a shard. */
    long sequence() {
        return sequence;
    }

    void number(long value) {
        sequence = value;
    }
}
