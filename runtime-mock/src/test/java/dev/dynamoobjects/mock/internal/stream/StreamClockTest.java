package dev.dynamoobjects.mock.internal.stream;

import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.fixtures.StreamReads;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Streams on a clock the test moves: retention, iterator lifetime and TTL deletions, which DynamoDB
 * documents and DynamoDB Local cannot show in a test's time, so on the engine whatever the backend.
 */
class StreamClockTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TABLE = "sessions";
    private final ManualClock clock = ManualClock.at(START);
    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
    private final DynamoDbStreamsClient streams = dynamo.streams();
    private String arn;
    private String shard;

    @BeforeEach
    void streamedTable() {
        dynamo.createTable(b -> b.tableName(TABLE)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        arn = StreamReads.latestArn(dynamo, TABLE);
        shard = StreamReads.shards(streams, arn).get(0).shardId();
    }

    @Test
    void labelsAndRecordTimesComeFromTheEnginesClock() {
        assertEquals("2026-01-01T00:00:00.000", dynamo.describeTable(b -> b.tableName(TABLE)).table().latestStreamLabel());
        clock.advance(Duration.ofMillis(61_500));
        put("a");
        assertEquals(START.plusSeconds(61), StreamReads.all(streams, arn).get(0).dynamodb().approximateCreationDateTime(),
                "'rounded down to the closest second' (StreamRecord API reference); DynamoDB Local rounds to the minute");
    }

    @Test
    void reenablingInTheSameMillisecondStillMakesANewArn() {
        dynamo.updateTable(b -> b.tableName(TABLE).streamSpecification(spec -> spec.streamEnabled(false)));
        dynamo.updateTable(b -> b.tableName(TABLE)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        String second = StreamReads.latestArn(dynamo, TABLE);
        assertTrue(second.endsWith("/stream/2026-01-01T00:00:00.001"), second);
    }

    @Test
    void recordsAreTrimmedAfter24Hours() {
        put("old");
        clock.advance(Duration.ofHours(12));
        put("new");
        clock.advance(Duration.ofHours(12).minusMinutes(5));
        String horizon = iterator(ShardIteratorType.TRIM_HORIZON);
        clock.advance(Duration.ofMinutes(5).plusMillis(1));

        assertEquals(List.of("new"), ids(StreamReads.all(streams, arn)));
        assertThrows(TrimmedDataAccessException.class, () -> streams.getRecords(b -> b.shardIterator(horizon)),
                "an iterator issued before the trim points at a record trimmed since");
        String first = "000000000000000000001";
        TrimmedDataAccessException error = assertThrows(TrimmedDataAccessException.class, () -> streams.getShardIterator(
                b -> b.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                        .sequenceNumber(first)));
        assertEquals(StreamMessages.TRIMMED, error.awsErrorDetails().errorMessage());
    }

    @Test
    void aClosedShardWhoseRecordsAllAgedOutKeepsNoneAndSaysTheyWereTrimmed() {
        put("a");
        put("b");
        clock.advance(Duration.ofHours(1));
        dynamo.streams().rolloverShards();
        clock.advance(Duration.ofHours(23).plusMillis(1));

        String horizon = iterator(ShardIteratorType.TRIM_HORIZON);
        GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(horizon));
        assertEquals(List.of(), page.records());
        assertNull(page.nextShardIterator(), "a closed shard read to its end");
        assertThrows(TrimmedDataAccessException.class, () -> streams.getShardIterator(
                b -> b.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                        .sequenceNumber("000000000000000000001")));
    }

    @Test
    void recordsAreTrimmedFromTheFrontEvenWhenTheClockWasSetBack() {
        clock.advance(Duration.ofHours(1));
        put("later");
        clock.set(START);
        put("earlier");
        dynamo.streams().rolloverShards();
        clock.advance(Duration.ofHours(24).plusMillis(1));

        assertEquals(List.of("later", "earlier"), ids(StreamReads.all(streams, arn)),
                "the first record is younger than the retention period, so it and those after it stay");
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), StreamReads.all(streams, arn));
    }

    @Test
    void disabledStreamsAreForgottenOnceTheirRecordsAgeOut() {
        put("a");
        dynamo.updateTable(b -> b.tableName(TABLE).streamSpecification(spec -> spec.streamEnabled(false)));
        clock.advance(Duration.ofHours(23));
        assertEquals(1, streams.listStreams(b -> b.tableName(TABLE)).streams().size());
        clock.advance(Duration.ofHours(1).plusMillis(1));
        assertEquals(List.of(), streams.listStreams(b -> b.tableName(TABLE)).streams());
    }

    @Test
    void iteratorsExpireAfter15Minutes() {
        String iterator = iterator(ShardIteratorType.TRIM_HORIZON);
        clock.advance(Duration.ofMinutes(15));
        String next = streams.getRecords(b -> b.shardIterator(iterator)).nextShardIterator();
        clock.advance(Duration.ofMinutes(15).plusMillis(1));

        ExpiredIteratorException error = assertThrows(ExpiredIteratorException.class,
                () -> streams.getRecords(b -> b.shardIterator(next)));
        assertEquals("Iterator expired. The iterator was created at time 2026-01-01T00:15:00Z while right now it is "
                + "2026-01-01T00:30:00.001Z which is further in the future than the tolerated delay of 900000 "
                + "milliseconds.", error.awsErrorDetails().errorMessage());
    }

    @Test
    void ttlDeletionsAreRemoveRecordsByTheDynamoDbService() {
        dynamo.updateTimeToLive(b -> b.tableName(TABLE)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("id", s("short"),
                "expiresAt", n(Long.toString(START.getEpochSecond() + 60)))));
        dynamo.deleteItem(b -> b.tableName(TABLE).key(key("nobody")));
        put("user-deleted");
        dynamo.deleteItem(b -> b.tableName(TABLE).key(key("user-deleted")));
        clock.advance(Duration.ofSeconds(61));

        List<Record> records = StreamReads.all(streams, arn);
        Record expired = records.get(records.size() - 1);
        assertEquals(OperationType.REMOVE, expired.eventName());
        assertEquals(key("short"), expired.dynamodb().keys());
        assertEquals(Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build(),
                expired.userIdentity());
        assertEquals(null, records.get(records.size() - 2).userIdentity(), "a user's delete names nobody");
    }

    @Test
    void theRecordsOfOneWriteRequestShareOneClockRead() {
        EmbeddedDynamoDb ticking = EmbeddedDynamoDb.builder().clock(new TickingClock(START)).build();
        ticking.createTable(b -> b.tableName(TABLE)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        ticking.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of("a", "b", "c").stream()
                .map(id -> WriteRequest.builder().putRequest(p -> p.item(Map.of("id", s(id)))).build()).toList())));
        ticking.putItem(b -> b.tableName(TABLE).item(Map.of("id", s("d"))));

        List<Instant> times = StreamReads.all(ticking.streams(), StreamReads.latestArn(ticking, TABLE)).stream()
                .map(r -> r.dynamodb().approximateCreationDateTime()).toList();
        assertEquals(4, times.size());
        assertEquals(1, times.subList(0, 3).stream().distinct().count(), "one time for the batch: " + times);
        assertTrue(times.get(3).isAfter(times.get(0)), "the next request reads the clock anew: " + times);
    }

    private void put(String id) {
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("id", s(id))));
    }

    private String iterator(ShardIteratorType type) {
        return streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(type)).shardIterator();
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
    }

    /** A clock that moves on a second every time it is read. */
    private static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            now = start;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
