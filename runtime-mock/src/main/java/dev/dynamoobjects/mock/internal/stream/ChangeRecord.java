package dev.dynamoobjects.mock.internal.stream;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;

/**
 * One change as a stream keeps it: the item before and after (shared, immutable maps: no copies on
 * the write path) and their sizes; what the view type shows is decided when the record is read.
 *
 * @param sequence  the record's sequence number, 0 while a transaction holds it
 * @param byService true for a deletion by TTL, which DynamoDB attributes to its own service
 */
record ChangeRecord(long sequence, OperationType event, Map<String, AttributeValue> oldImage, int oldSize,
                    Map<String, AttributeValue> newImage, int newSize, long createdMillis, boolean byService) {

    ChangeRecord withSequence(long value) {
        return new ChangeRecord(value, event, oldImage, oldSize, newImage, newSize, createdMillis, byService);
    }
}
