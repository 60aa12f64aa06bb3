package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Turns the records a stream keeps into the records GetRecords returns, shown as the view type says. */
final class StreamRecords {
    private static final String ZEROS = "000000000000000000000";
    private static final String EVENT_VERSION = "1.1";
    private static final String EVENT_SOURCE = "aws:dynamodb";
    /** Who DynamoDB names as the author of a deletion by TTL. */
    private static final Identity TTL_SERVICE = Identity.builder()
            .type("Service").principalId("dynamodb.amazonaws.com").build();

    private StreamRecords() {
    }

    /** DynamoDB's sequence numbers are strings of at least 21 digits (zero-padded here; no String.format per record). */
    static String sequenceNumber(long sequence) {
        String digits = Long.toString(sequence);
        return digits.length() >= ZEROS.length() ? digits : ZEROS.substring(digits.length()) + digits;
    }

    static Record of(TableStream stream, ChangeRecord change) {
        StreamViewType view = stream.viewType();
        Map<String, AttributeValue> image = change.newImage() != null ? change.newImage() : change.oldImage();
        Map<String, AttributeValue> keys = new LinkedHashMap<>(4);
        for (KeySchemaElement key : stream.keySchema()) {
            keys.put(key.attributeName(), image.get(key.attributeName()));
        }
        long size = ItemValues.itemSize(keys);
        StreamRecord.Builder record = StreamRecord.builder()
                // "rounded down to the closest second" (the StreamRecord API reference); DynamoDB Local: the minute.
                .approximateCreationDateTime(Instant.ofEpochSecond(change.createdMillis() / 1000))
                .keys(keys)
                .sequenceNumber(sequenceNumber(change.sequence()))
                .streamViewType(view);
        if (change.newImage() != null && (view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES)) {
            record.newImage(change.newImage());
            size += change.newSize();
        }
        if (change.oldImage() != null && (view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES)) {
            record.oldImage(change.oldImage());
            size += change.oldSize();
        }
        Record.Builder result = Record.builder()
                .eventID(new UUID(stream.arn().hashCode(), change.sequence()).toString())
                .eventName(change.event())
                .eventVersion(EVENT_VERSION)
                .eventSource(EVENT_SOURCE)
                .awsRegion(stream.region())
                .dynamodb(record.sizeBytes(size).build());
        if (change.byService()) {
            result.userIdentity(TTL_SERVICE);
        }
        return result.build();
    }
}
