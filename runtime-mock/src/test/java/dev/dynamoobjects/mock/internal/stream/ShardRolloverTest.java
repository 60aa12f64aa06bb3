package dev.dynamoobjects.mock.internal.stream;

import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.EmbeddedDynamoDbStreams;
import dev.dynamoobjects.mock.fixtures.StreamReads;
import dev.dynamoobjects.mock.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Shards close and open children: forced by the test-facing handle, and by themselves, by count and by age. */
class ShardRolloverTest {
    private static final String TABLE = "orders";
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
    private final EmbeddedDynamoDbStreams streams = dynamo.streams();
    private String arn;

    @BeforeEach
    void streamedTable() {
        dynamo.createTable(b -> b.tableName(TABLE)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        arn = StreamReads.latestArn(dynamo, TABLE);
    }

    @Test
    void aForcedRolloverClosesTheShardAndOpensItsChild() {
        put("a");
        String parentIterator = iterator(StreamReads.shards(streams, arn).get(0).shardId());
        streams.rolloverShards();
        put("b");

        List<Shard> shards = StreamReads.shards(streams, arn);
        assertEquals(2, shards.size());
        Shard parent = shards.get(0);
        Shard child = shards.get(1);
        assertEquals(parent.shardId(), child.parentShardId());
        assertNull(parent.parentShardId());
        assertEquals(parent.sequenceNumberRange().startingSequenceNumber(),
                parent.sequenceNumberRange().endingSequenceNumber(), "one record: it starts and ends there");
        assertNull(child.sequenceNumberRange().endingSequenceNumber());
        var parentRead = streams.getRecords(b -> b.shardIterator(parentIterator));
        assertEquals(List.of("a"), ids(parentRead.records()));
        assertNull(parentRead.nextShardIterator(), "the parent is closed and read to its end");
        assertEquals(List.of("b"), ids(StreamReads.drain(streams, iterator(child.shardId()))));
        assertEquals(List.of("a", "b"), ids(StreamReads.all(streams, arn)));
    }

    @Test
    void anEmptyShardClosedByRolloverHasNothingToRead() {
        streams.rolloverShards();
        Shard empty = StreamReads.shards(streams, arn).get(0);
        assertNotNull(empty.sequenceNumberRange().endingSequenceNumber());
        var read = streams.getRecords(b -> b.shardIterator(iterator(empty.shardId())));
        assertEquals(List.of(), read.records());
        assertNull(read.nextShardIterator());
    }

    @Test
    void aClosedShardEndingWithWritesThatChangedNothingIsReadToItsEnd() {
        put("a");
        put("a");
        put("a");
        streams.rolloverShards();
        String position = iterator(StreamReads.shards(streams, arn).get(0).shardId());
        List<Record> read = new ArrayList<>();
        for (int page = 0; position != null; page++) {
            assertTrue(page < 4, "the reader reaches the end of the closed shard");
            String from = position;
            var records = streams.getRecords(b -> b.shardIterator(from).limit(1));
            read.addAll(records.records());
            position = records.nextShardIterator();
        }
        assertEquals(List.of("a"), ids(read), "the two puts of the same item wrote no record");
    }

    @Test
    void shardsRollOverByThemselvesAfter1000Records() {
        for (int batch = 0; batch < 101; batch++) {
            List<WriteRequest> writes = new ArrayList<>();
            int first = batch * 25;
            IntStream.range(first, first + 25).forEach(i -> writes.add(WriteRequest.builder()
                    .putRequest(p -> p.item(Map.of("id", s("item" + i)))).build()));
            dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes)));
        }
        List<Shard> shards = StreamReads.shards(streams, arn);
        assertEquals(3, shards.size(), "2525 records: 1000, 1000, 525");
        List<Record> records = StreamReads.all(streams, arn);
        assertEquals(2525, records.size());
        assertEquals("item0", records.get(0).dynamodb().keys().get("id").s());
        assertEquals("item2524", records.get(2524).dynamodb().keys().get("id").s());
    }

    @Test
    void shardsRollOverByThemselvesAfterFourHours() {
        put("a");
        clock.advance(Duration.ofHours(4));
        put("b");
        List<Shard> shards = StreamReads.shards(streams, arn);
        assertEquals(2, shards.size());
        assertEquals(shards.get(0).shardId(), shards.get(1).parentShardId());
        assertEquals(List.of("a", "b"), ids(StreamReads.all(streams, arn)));
    }

    private void put(String id) {
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of("id", s(id))));
    }

    private String iterator(String shardId) {
        return streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
    }
}
