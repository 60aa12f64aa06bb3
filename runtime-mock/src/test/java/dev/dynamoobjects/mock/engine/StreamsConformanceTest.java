package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.fixtures.StreamReads;
import dev.dynamoobjects.mock.junit.DynamoTest;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Streams, answered alike by the engine, DynamoDB Local and the engine's HTTP server. Table
 * names are new in every test: the streams of a deleted table stay listed for 24 hours.
 */
@DynamoTest
class StreamsConformanceTest {
    private static final String LABEL = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}";
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;

    private String table(StreamViewType view) {
        String name = "streamed-" + UUID.randomUUID();
        dynamo.createTable(b -> b.tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(view)));
        return name;
    }

    private List<Record> records(String table) {
        return StreamReads.all(streams, StreamReads.latestArn(dynamo, table));
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Test
    void tablesDescribeTheirStream() {
        String name = "streamed-" + UUID.randomUUID();
        TableDescription created = dynamo.createTable(b -> b.tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                .tableDescription();
        TableDescription described = dynamo.describeTable(b -> b.tableName(name)).table();

        for (TableDescription table : List.of(created, described)) {
            assertEquals(true, table.streamSpecification().streamEnabled());
            assertEquals(StreamViewType.NEW_IMAGE, table.streamSpecification().streamViewType());
            assertTrue(table.latestStreamLabel().matches(LABEL), table.latestStreamLabel());
            assertEquals(table.tableArn() + "/stream/" + table.latestStreamLabel(), table.latestStreamArn());
        }
        StreamDescription stream = streams.describeStream(b -> b.streamArn(described.latestStreamArn()))
                .streamDescription();
        assertEquals(StreamStatus.ENABLED, stream.streamStatus());
        assertEquals(StreamViewType.NEW_IMAGE, stream.streamViewType());
        assertEquals(name, stream.tableName());
        assertEquals(described.latestStreamLabel(), stream.streamLabel());
        assertEquals(List.of(hash("id")), stream.keySchema());
        assertNotNull(stream.creationRequestDateTime());
        Shard shard = stream.shards().get(0);
        assertTrue(shard.shardId().startsWith("shardId-"), shard.shardId());
        assertNull(shard.sequenceNumberRange().endingSequenceNumber(), "the open shard has no end");
    }

    @Test
    void deletingTheTableDisablesItsStreamWhichStaysReadable() {
        String table = table(StreamViewType.KEYS_ONLY);
        put(table, item("id", s("a")));
        String arn = StreamReads.latestArn(dynamo, table);
        dynamo.deleteTable(b -> b.tableName(table));

        StreamDescription stream = streams.describeStream(b -> b.streamArn(arn)).streamDescription();
        assertEquals(StreamStatus.DISABLED, stream.streamStatus());
        assertNotNull(stream.shards().get(0).sequenceNumberRange().endingSequenceNumber());
        assertEquals(List.of("a"), keys(StreamReads.all(streams, arn)));
    }

    @Test
    void tablesWithoutStreamsDescribeNone() {
        String name = "plain-" + UUID.randomUUID();
        TableDescription created = dynamo.createTable(b -> b.tableName(name).keySchema(hash("id"))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S)).billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(spec -> spec.streamEnabled(false))).tableDescription();
        assertNull(created.streamSpecification());
        assertNull(created.latestStreamArn());
        assertEquals(List.of(), streams.listStreams(b -> b.tableName(name)).streams());
    }

    @Test
    void writesThatChangeNothingWriteNoRecord() {
        String table = table(StreamViewType.NEW_AND_OLD_IMAGES);
        put(table, item("id", s("a"), "v", s("1")));
        put(table, item("id", s("a"), "v", s("1")));
        dynamo.updateItem(b -> b.tableName(table).key(item("id", s("a"))).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", s("1"))));
        dynamo.updateItem(b -> b.tableName(table).key(item("id", s("a"))).updateExpression("REMOVE nope"));
        dynamo.deleteItem(b -> b.tableName(table).key(item("id", s("nobody"))));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(b -> b.tableName(table)
                .item(item("id", s("a"), "v", s("2"))).conditionExpression("attribute_not_exists(id)")));

        List<Record> records = records(table);
        assertEquals(List.of(OperationType.INSERT), events(records));
    }

    @Test
    void newAndOldImagesShowBothWithTheirSizes() {
        String table = table(StreamViewType.NEW_AND_OLD_IMAGES);
        put(table, item("id", s("a"), "v", s("1")));
        put(table, item("id", s("a"), "v", s("2")));
        dynamo.deleteItem(b -> b.tableName(table).key(item("id", s("a"))));

        List<Record> records = records(table);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE), events(records));
        Record insert = records.get(0);
        Record modify = records.get(1);
        Record remove = records.get(2);
        assertEquals(item("id", s("a")), insert.dynamodb().keys());
        assertEquals(item("id", s("a"), "v", s("1")), insert.dynamodb().newImage());
        assertFalse(insert.dynamodb().hasOldImage());
        assertEquals(item("id", s("a"), "v", s("1")), modify.dynamodb().oldImage());
        assertEquals(item("id", s("a"), "v", s("2")), modify.dynamodb().newImage());
        assertEquals(item("id", s("a"), "v", s("2")), remove.dynamodb().oldImage());
        assertFalse(remove.dynamodb().hasNewImage());
        // Keys (3 bytes) plus each image shown (5 bytes).
        assertEquals(List.of(8L, 13L, 8L), records.stream().map(r -> r.dynamodb().sizeBytes()).toList());
        for (Record record : records) {
            assertEquals("1.1", record.eventVersion());
            assertEquals("aws:dynamodb", record.eventSource());
            assertNotNull(record.eventID());
            assertNotNull(record.awsRegion());
            assertNotNull(record.dynamodb().approximateCreationDateTime());
            assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, record.dynamodb().streamViewType());
            assertNull(record.userIdentity());
        }
    }

    @Test
    void eachViewTypeShowsItsImages() {
        for (StreamViewType view : List.of(StreamViewType.KEYS_ONLY, StreamViewType.NEW_IMAGE,
                StreamViewType.OLD_IMAGE)) {
            String table = table(view);
            put(table, item("id", s("a"), "v", s("1")));
            put(table, item("id", s("a"), "v", s("2")));
            List<Record> records = records(table);
            Record modify = records.get(1);
            assertEquals(item("id", s("a")), modify.dynamodb().keys(), view.toString());
            assertEquals(view == StreamViewType.NEW_IMAGE, modify.dynamodb().hasNewImage(), view.toString());
            assertEquals(view == StreamViewType.OLD_IMAGE, modify.dynamodb().hasOldImage(), view.toString());
            assertEquals(view == StreamViewType.KEYS_ONLY ? 3L : 8L, modify.dynamodb().sizeBytes(), view.toString());
        }
    }

    @Test
    void sequenceNumbersAreNumbersOfAtLeast21DigitsThatGrow() {
        String table = table(StreamViewType.KEYS_ONLY);
        for (int i = 0; i < 5; i++) {
            put(table, item("id", s("item" + i)));
        }
        List<BigInteger> numbers = records(table).stream().map(r -> r.dynamodb().sequenceNumber())
                .peek(number -> assertTrue(number.matches("\\d{21,}"), number))
                .map(BigInteger::new).toList();
        assertEquals(5, numbers.size());
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i).compareTo(numbers.get(i - 1)) > 0, numbers.toString());
        }
        assertEquals(List.of("item0", "item1", "item2", "item3", "item4"), keys(records(table)));
    }

    @Test
    void iteratorTypesStartWhereTheySay() {
        String table = table(StreamViewType.KEYS_ONLY);
        put(table, item("id", s("a")));
        put(table, item("id", s("b")));
        put(table, item("id", s("c")));
        String arn = StreamReads.latestArn(dynamo, table);
        String shard = StreamReads.shards(streams, arn).get(0).shardId();
        String second = records(table).get(1).dynamodb().sequenceNumber();

        assertEquals(List.of("a", "b", "c"), keys(StreamReads.drain(streams, iterator(arn, shard,
                ShardIteratorType.TRIM_HORIZON, null))));
        assertEquals(List.of("b", "c"), keys(StreamReads.drain(streams, iterator(arn, shard,
                ShardIteratorType.AT_SEQUENCE_NUMBER, second))));
        assertEquals(List.of("c"), keys(StreamReads.drain(streams, iterator(arn, shard,
                ShardIteratorType.AFTER_SEQUENCE_NUMBER, second))));
        String latest = iterator(arn, shard, ShardIteratorType.LATEST, null);
        assertEquals(List.of(), streams.getRecords(b -> b.shardIterator(latest)).records());
        put(table, item("id", s("d")));
        assertEquals(List.of("d"), keys(StreamReads.drain(streams, latest)));
    }

    @Test
    void limitPagesThroughRecords() {
        String table = table(StreamViewType.KEYS_ONLY);
        put(table, item("id", s("a")));
        put(table, item("id", s("b")));
        String arn = StreamReads.latestArn(dynamo, table);
        String shard = StreamReads.shards(streams, arn).get(0).shardId();
        GetRecordsResponse first = streams.getRecords(b -> b.limit(1)
                .shardIterator(iterator(arn, shard, ShardIteratorType.TRIM_HORIZON, null)));
        assertEquals(List.of("a"), keys(first.records()));
        GetRecordsResponse second = streams.getRecords(b -> b.limit(1).shardIterator(first.nextShardIterator()));
        assertEquals(List.of("b"), keys(second.records()));
        assertNotNull(second.nextShardIterator(), "an open shard always has a next iterator");
    }

    @Test
    void disablingClosesTheStreamAndReenablingMakesANewOne() {
        String table = table(StreamViewType.NEW_IMAGE);
        put(table, item("id", s("a")));
        String first = StreamReads.latestArn(dynamo, table);

        TableDescription disabled = dynamo.updateTable(b -> b.tableName(table)
                .streamSpecification(spec -> spec.streamEnabled(false))).tableDescription();
        assertNull(disabled.streamSpecification());
        assertEquals(first, disabled.latestStreamArn(), "the latest stream stays named");
        put(table, item("id", s("b")));
        StreamDescription closed = streams.describeStream(b -> b.streamArn(first)).streamDescription();
        assertEquals(StreamStatus.DISABLED, closed.streamStatus());
        Shard shard = closed.shards().get(0);
        assertNotNull(shard.sequenceNumberRange().endingSequenceNumber());
        GetRecordsResponse read = streams.getRecords(b -> b.shardIterator(
                iterator(first, shard.shardId(), ShardIteratorType.TRIM_HORIZON, null)));
        assertEquals(List.of("a"), keys(read.records()));
        assertNull(read.nextShardIterator(), "a closed shard read to its end has no next iterator");

        TableDescription enabled = dynamo.updateTable(b -> b.tableName(table)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
                .tableDescription();
        String second = enabled.latestStreamArn();
        assertNotEquals(first, second);
        assertEquals(StreamViewType.KEYS_ONLY, enabled.streamSpecification().streamViewType());
        put(table, item("id", s("c")));
        assertEquals(List.of("c"), keys(StreamReads.all(streams, second)));
        assertEquals(List.of("a"), keys(StreamReads.all(streams, first)), "the old stream stays readable");
        Set<String> listed = streams.listStreams(b -> b.tableName(table)).streams().stream()
                .map(stream -> stream.streamArn()).collect(Collectors.toSet());
        assertEquals(Set.of(first, second), listed);
    }

    @Test
    void listStreamsPagesWithLimit() {
        String table = table(StreamViewType.KEYS_ONLY);
        dynamo.updateTable(b -> b.tableName(table).streamSpecification(spec -> spec.streamEnabled(false)));
        dynamo.updateTable(b -> b.tableName(table)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        ListStreamsResponse first = streams.listStreams(b -> b.tableName(table).limit(1));
        assertEquals(1, first.streams().size());
        assertEquals(first.streams().get(0).streamArn(), first.lastEvaluatedStreamArn());
        ListStreamsResponse second = streams.listStreams(b -> b.tableName(table).limit(1)
                .exclusiveStartStreamArn(first.lastEvaluatedStreamArn()));
        assertEquals(1, second.streams().size());
        assertNotEquals(first.streams().get(0).streamArn(), second.streams().get(0).streamArn());
    }

    @Test
    void transactionsAndBatchesWriteOneRecordPerChangedItem() {
        String table = table(StreamViewType.NEW_IMAGE);
        put(table, item("id", s("gone")));
        dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("id", s("t1")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("id", s("t2")))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(item("id", s("gone")))).build()));
        assertThrows(TransactionCanceledException.class, () -> dynamo.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("id", s("never")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(item("id", s("t1")))
                        .conditionExpression("attribute_not_exists(id)")).build())));
        dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("id", s("b1")))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(item("id", s("t1")))).build()))));

        List<Record> records = records(table);
        assertEquals(List.of("gone", "t1", "t2", "gone", "b1", "t1"), keys(records));
        assertEquals(List.of(OperationType.INSERT, OperationType.INSERT, OperationType.INSERT, OperationType.REMOVE,
                OperationType.INSERT, OperationType.REMOVE), events(records));
    }

    @Test
    void streamSpecificationsAreChecked() {
        String table = table(StreamViewType.KEYS_ONLY);
        DynamoDbException twice = assertThrows(DynamoDbException.class, () -> dynamo.updateTable(b -> b.tableName(table)
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))));
        assertEquals("ValidationException", twice.awsErrorDetails().errorCode());
        // DynamoDB adds ": TableName: <name>", DynamoDB Local does not (WhereLocalIsNotDynamoDbTest pins it).
        assertTrue(twice.awsErrorDetails().errorMessage().startsWith("Table already has an enabled stream"));
        assertValidation("Invalid StreamViewType: Stream ViewType must not be null or empty when enabling streams.",
                () -> dynamo.createTable(b -> b.tableName("streamed-" + UUID.randomUUID()).keySchema(hash("id"))
                        .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .streamSpecification(spec -> spec.streamEnabled(true))));
        assertValidation("Invalid StreamViewType: Stream StreamEnabled was false but a StreamViewType was present.",
                () -> dynamo.updateTable(b -> b.tableName(table)
                        .streamSpecification(spec -> spec.streamEnabled(false).streamViewType(StreamViewType.KEYS_ONLY))));
        dynamo.updateTable(b -> b.tableName(table).streamSpecification(spec -> spec.streamEnabled(false)));
        assertValidation("Table has no stream to disable", () -> dynamo.updateTable(b -> b.tableName(table)
                .streamSpecification(spec -> spec.streamEnabled(false))));
    }

    @Test
    void badStreamRequestsGetDynamoDbErrors() {
        String table = table(StreamViewType.KEYS_ONLY);
        put(table, item("id", s("a")));
        String arn = StreamReads.latestArn(dynamo, table);
        String shard = StreamReads.shards(streams, arn).get(0).shardId();
        String missing = arn.replace(table, table + "-missing");

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: Stream: " + missing + " not found",
                () -> streams.describeStream(b -> b.streamArn(missing)));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Shard does not exist",
                () -> streams.getShardIterator(b -> b.streamArn(arn).shardId("shardId-00000000000000000000-00000000")
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)));
        assertValidation("Invalid ShardIterator", () -> streams.getRecords(b -> b.shardIterator("garbage")));
        assertValidation("One or more parameter values were invalid: SequenceNumber should not be passed for this "
                + "iterator type", () -> iterator(arn, shard, ShardIteratorType.TRIM_HORIZON, "000000000000000000001"));
        assertValidation("One or more parameter values were invalid: Invalid SequenceNumber",
                () -> iterator(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER, null));
        assertValidation("1 validation error detected: Value 'abc' at 'sequenceNumber' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 21",
                () -> iterator(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER, "abc"));
        String trimHorizon = iterator(arn, shard, ShardIteratorType.TRIM_HORIZON, null);
        assertValidation("One or more parameter values were invalid: Limit should be less than or equal to 1000",
                () -> streams.getRecords(b -> b.shardIterator(trimHorizon).limit(1001)));
        assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1",
                () -> streams.getRecords(b -> b.shardIterator(trimHorizon).limit(0)));
        assertValidation("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 1",
                () -> streams.listStreams(b -> b.limit(0)));
    }

    private String iterator(String arn, String shard, ShardIteratorType type, String sequence) {
        return streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(sequence)).shardIterator();
    }

    private static List<OperationType> events(List<Record> records) {
        return records.stream().map(Record::eventName).toList();
    }

    private static List<String> keys(List<Record> records) {
        return records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
    }
}
