package dev.dynamoobjects.mock.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.Recovery;
import dev.dynamoobjects.mock.time.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.*;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A table's stream records survive a restart with their sequence numbers, shards and stream ARN,
 * also through compactions (the records come back from a snapshot) and forced shard rollovers, so
 * a consumer's stored checkpoint still works; records past the 24-hour retention do not return.
 */
class StreamsAcrossRestartTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    @TempDir
    Path directory;

    @Test
    void everyRecordComesBackWithItsSequenceNumberShardAndStream() throws IOException {
        List<String> before;
        try (EmbeddedDynamoDb dynamo = open()) {
            writeEveryKindOfChange(dynamo);
            before = everyRecord(dynamo.streams(), streamArn(dynamo));
        }
        assertTrue(before.size() > 1000, "enough records for a shard rollover: " + before.size());
        Path journal = directory.resolve("journal-0.log");
        for (int restart = 1; restart <= 2; restart++) { // mostly superseded changes, yet not compacted: they make the records
            long size = Files.size(journal);
            try (EmbeddedDynamoDb reopened = open()) {
                assertEquals(size, Files.size(journal), "restart " + restart);
                assertEquals(before, everyRecord(reopened.streams(), streamArn(reopened)), "restart " + restart);
            }
        }
    }

    @Test
    void aConsumerResumesAfterItsCheckpointAndNewRecordsFollowIt() {
        String arn;
        String shard;
        String checkpoint;
        try (EmbeddedDynamoDb dynamo = open()) {
            createEvents(dynamo);
            put(dynamo, "a", 1);
            put(dynamo, "b", 2);
            arn = streamArn(dynamo);
            shard = dynamo.streams().describeStream(d -> d.streamArn(arn)).streamDescription().shards().get(0).shardId();
            List<software.amazon.awssdk.services.dynamodb.model.Record> first = read(dynamo.streams(), arn, shard,
                    ShardIteratorType.TRIM_HORIZON, null);
            checkpoint = first.get(0).dynamodb().sequenceNumber();
            put(dynamo, "c", 3);
        }
        try (EmbeddedDynamoDb reopened = open()) {
            assertEquals(arn, streamArn(reopened));
            put(reopened, "d", 4);
            List<String> resumed = read(reopened.streams(), arn, shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                    checkpoint).stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
            assertEquals(List.of("b", "c", "d"), resumed);
        }
    }

    @Test
    void recordsShardLineageAndACheckpointSurviveCompactionsAndARestart() throws IOException {
        List<String> before;
        String arn;
        String shard;
        String checkpoint;
        List<String> afterCheckpoint = new ArrayList<>();
        try (EmbeddedDynamoDb dynamo = open(100)) {
            writeEveryKindOfChange(dynamo); // 1005 puts over 7 items: compactions every 100 or so
            dynamo.streams().rolloverShards();
            put(dynamo, "checkpoint", 1);
            arn = streamArn(dynamo);
            List<Shard> shards = dynamo.streams().describeStream(d -> d.streamArn(arn)).streamDescription().shards();
            shard = shards.get(shards.size() - 1).shardId();
            checkpoint = read(dynamo.streams(), arn, shard, ShardIteratorType.TRIM_HORIZON, null).get(0)
                    .dynamodb().sequenceNumber();
            for (int i = 0; i < 150; i++) {
                put(dynamo, "late" + i % 7, i);
                afterCheckpoint.add("late" + i % 7);
            }
            before = everyRecord(dynamo.streams(), arn);
        }
        try (EmbeddedDynamoDb reopened = open(100)) {
            Recovery recovery = reopened.recovery().orElseThrow();
            assertTrue(recovery.entries() < 150 && recovery.snapshot().matches("snapshot-([2-9]|\\d\\d+)\\.snap"),
                    "compacted more than once, the last time after the checkpoint: " + recovery.summary());
            assertEquals(before, everyRecord(reopened.streams(), arn));
            put(reopened, "new", 1);
            afterCheckpoint.add("new");
            assertEquals(afterCheckpoint, read(reopened.streams(), arn, shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                    checkpoint).stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
        }
    }

    @Test
    void aForcedShardRolloverComesBackAfterARestart() {
        List<String> before;
        try (EmbeddedDynamoDb dynamo = open()) {
            writeTwoShards(dynamo);
            before = everyRecord(dynamo.streams(), streamArn(dynamo));
        }
        assertEquals(4, before.size(), "two shards, each with one record");
        try (EmbeddedDynamoDb reopened = open()) {
            assertEquals(before, everyRecord(reopened.streams(), streamArn(reopened)));
        }
    }

    /** A closed shard from a snapshot is trimmed by its records' times, as before the restart, not all at once. */
    @Test
    void aClosedShardFromASnapshotKeepsItsRecordsUntilTheyAgeOut() {
        List<String> before;
        try (EmbeddedDynamoDb dynamo = open()) {
            writeTwoShards(dynamo);
            dynamo.compactDataDirectory();
            before = records(everyRecord(dynamo.streams(), streamArn(dynamo)));
        }
        assertEquals(2, before.size());
        try (EmbeddedDynamoDb reopened = open()) {
            clock.advance(Duration.ofHours(23));
            reopened.streams().rolloverShards(); // trims what is older than 24 hours: nothing yet
            assertEquals(before, records(everyRecord(reopened.streams(), streamArn(reopened))));
            clock.advance(Duration.ofHours(2));
            reopened.streams().rolloverShards();
            assertEquals(List.of(), everyRecord(reopened.streams(), streamArn(reopened)));
        }
    }

    @Test
    void recordsPastTheRetentionPeriodDoNotComeBack() {
        String arn;
        try (EmbeddedDynamoDb dynamo = open()) {
            createEvents(dynamo);
            put(dynamo, "old", 1);
            arn = streamArn(dynamo);
        }
        clock.advance(Duration.ofHours(25));
        try (EmbeddedDynamoDb reopened = open()) {
            assertEquals(List.of(), everyRecord(reopened.streams(), arn));
        }
    }

    private void writeEveryKindOfChange(EmbeddedDynamoDb dynamo) {
        createEvents(dynamo);
        dynamo.updateTimeToLive(u -> u.tableName("events")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        for (int i = 0; i < 1005; i++) {
            put(dynamo, "k" + i % 7, i);
        }
        clock.advance(Duration.ofSeconds(3));
        dynamo.deleteItem(d -> d.tableName("events").key(Map.of("id", AttributeValue.fromS("k1"))));
        dynamo.updateItem(u -> u.tableName("events").key(Map.of("id", AttributeValue.fromS("k2")))
                .updateExpression("SET n = n + :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        put(dynamo, "k3", 1002); // unchanged: no record
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("events").item(item("tx1", 1))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("events").key(Map.of("id", AttributeValue.fromS("k4"))))
                        .build()));
        assertThrows(TransactionCanceledException.class, () -> dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("events").item(item("cancelled", 1))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("events").item(item("k5", 0))
                        .conditionExpression("attribute_not_exists(id)")).build())));
        dynamo.putItem(p -> p.tableName("events").item(Map.of("id", AttributeValue.fromS("expiring"),
                "expiresAt", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond() + 30)))));
        clock.advance(Duration.ofMinutes(5));
        dynamo.scan(s -> s.tableName("events")); // expires the item: a record by DynamoDB's service
    }

    /** Record "a" in the first shard, a forced rollover a second later, record "b" in its child. */
    private void writeTwoShards(EmbeddedDynamoDb dynamo) {
        createEvents(dynamo);
        put(dynamo, "a", 1);
        clock.advance(Duration.ofSeconds(1));
        dynamo.streams().rolloverShards();
        put(dynamo, "b", 2);
    }

    private static List<String> records(List<String> shardsAndRecords) {
        return shardsAndRecords.stream().filter(line -> line.startsWith("Record(")).toList();
    }

    private void createEvents(EmbeddedDynamoDb dynamo) {
        dynamo.createTable(c -> c.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
    }

    private static void put(EmbeddedDynamoDb dynamo, String id, int n) {
        dynamo.putItem(p -> p.tableName("events").item(item(id, n)));
    }

    private static Map<String, AttributeValue> item(String id, int n) {
        return Map.of("id", AttributeValue.fromS(id), "n", AttributeValue.fromN(Integer.toString(n)));
    }

    private static String streamArn(EmbeddedDynamoDb dynamo) {
        return dynamo.describeTable(d -> d.tableName("events")).table().latestStreamArn();
    }

    /** Every shard (id, parent, sequence range) and every record it holds, as text, in order. */
    private static List<String> everyRecord(DynamoDbStreamsClient streams, String arn) {
        List<String> all = new ArrayList<>();
        for (Shard shard : streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards()) {
            List<software.amazon.awssdk.services.dynamodb.model.Record> records = read(streams, arn, shard.shardId(),
                    ShardIteratorType.TRIM_HORIZON, null);
            if (!records.isEmpty()) {
                all.add(shard.toString());
            }
            records.forEach(record -> all.add(record.toString()));
        }
        return all;
    }

    private static List<software.amazon.awssdk.services.dynamodb.model.Record> read(DynamoDbStreamsClient streams,
            String arn, String shard, ShardIteratorType type, String sequence) {
        String iterator = streams.getShardIterator(g -> g.streamArn(arn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(sequence)).shardIterator();
        List<software.amazon.awssdk.services.dynamodb.model.Record> records = new ArrayList<>();
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page = streams.getRecords(g -> g.shardIterator(current));
            if (page.records().isEmpty()) {
                break;
            }
            records.addAll(page.records());
            iterator = page.nextShardIterator();
        }
        return records;
    }

    private EmbeddedDynamoDb open() {
        return EmbeddedDynamoDb.builder().clock(clock).dataDirectory(directory).build();
    }

    private EmbeddedDynamoDb open(long compactionThreshold) {
        return EmbeddedDynamoDb.builder().clock(clock).dataDirectory(directory).compactionThreshold(compactionThreshold)
                .build();
    }
}
