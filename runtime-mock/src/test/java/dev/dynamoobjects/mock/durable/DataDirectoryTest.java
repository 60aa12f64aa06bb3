package dev.dynamoobjects.mock.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * The engine's data directory: every kind of write survives a restart (tables with all their
 * settings, items, indexes), and a journal whose tail was cut short or damaged is cut back to its
 * last intact entry.
 */
class DataDirectoryTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private final ManualClock clock = ManualClock.at(START);
    @TempDir
    Path directory;

    @Test
    void restartedEngineHasEveryTableAndItemEveryKindOfWriteLeft() {
        Map<String, Object> before;
        try (EmbeddedDynamoDb dynamo = open()) {
            writeThroughEveryOperation(dynamo);
            before = state(dynamo);
        }
        try (EmbeddedDynamoDb reopened = open()) {
            assertEquals(before, state(reopened));
            Recovery recovery = reopened.recovery().orElseThrow();
            assertEquals(2, recovery.tables());
            assertEquals(0, recovery.bytesDropped());
            assertTrue(recovery.entries() > 10, recovery.summary());
            expireOneMoreItem(reopened);
        }
        try (EmbeddedDynamoDb reopened = open()) {
            assertEquals(before.get("orders items"), state(reopened).get("orders items"));
            assertEquals(6, reopened.recovery().orElseThrow().items(), "4 orders and 2 audit items: the expiry was journaled");
        }
    }

    /** After a restart, TTL still deletes: an item that expires is put, and the clock passes its time. */
    private void expireOneMoreItem(EmbeddedDynamoDb dynamo) {
        long items = dynamo.describeTable(d -> d.tableName("orders")).table().itemCount();
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("id", s("late"), "customer", s("c9"),
                "expiresAt", n(Long.toString(clock.instant().getEpochSecond() + 30)))));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(items, dynamo.describeTable(d -> d.tableName("orders")).table().itemCount());
    }

    @Test
    void writesAfterARestartAppendToTheSameJournal() {
        try (EmbeddedDynamoDb dynamo = open()) {
            createOrders(dynamo);
            put(dynamo, "a", 1);
        }
        try (EmbeddedDynamoDb dynamo = open()) {
            put(dynamo, "b", 2);
        }
        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a", "b"), ids(dynamo));
            assertEquals(3, dynamo.recovery().orElseThrow().entries());
        }
    }

    @Test
    void aJournalOfMostlySupersededChangesIsCompactedIntoASnapshotWhileTheEngineRuns() throws IOException {
        Map<String, Object> before;
        try (EmbeddedDynamoDb dynamo = open(1000)) {
            createOrders(dynamo, true);
            for (int i = 0; i < 2500; i++) { // 3 live items: compactions after entry 1001 and about 1000 later
                put(dynamo, "k" + i % 3, i);
            }
            before = state(dynamo);
        }
        // The second compaction waits while the first snapshot is still being written, so on a busy
        // machine it may come later than entry 2002, or not within these 2500 puts.
        boolean second = files().contains("snapshot-2.snap");
        assertEquals(second ? List.of("journal-1.log", "journal-2.log", "lock", "snapshot-1.snap", "snapshot-2.snap")
                        : List.of("journal-0.log", "journal-1.log", "lock", "snapshot-1.snap"), files(),
                "the newest snapshot, the one before it and the journal from that one on");
        try (EmbeddedDynamoDb dynamo = open(1000)) {
            assertEquals(before, state(dynamo));
            Recovery recovery = dynamo.recovery().orElseThrow();
            assertEquals(second ? "snapshot-2.snap" : "snapshot-1.snap", recovery.snapshot());
            assertTrue(recovery.entries() <= 2500 + 1 - 1001, "only the entries after the snapshot: " + recovery.entries());
        }
    }

    @Test
    void everyTableSettingAndItemComesBackFromASnapshot() {
        Map<String, Object> before;
        try (EmbeddedDynamoDb dynamo = open(1)) {
            writeThroughEveryOperation(dynamo);
            for (int i = 0; i < 40; i++) { // past twice the live items since the last snapshot
                put(dynamo, "again", i);
            }
            before = state(dynamo);
        }
        try (EmbeddedDynamoDb reopened = open(1)) {
            Recovery recovery = reopened.recovery().orElseThrow();
            assertTrue(recovery.snapshot() != null && recovery.entries() < 40, recovery.summary());
            assertEquals(before, state(reopened));
            expireOneMoreItem(reopened);
        }
    }

    private List<String> files() throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private EmbeddedDynamoDb open(long compactionThreshold) {
        return EmbeddedDynamoDb.builder().clock(clock).dataDirectory(directory).compactionThreshold(compactionThreshold)
                .build();
    }

    @Test
    void theJournalOfAnEarlierVersionIsReadAsTheFirstSegment() throws IOException {
        try (EmbeddedDynamoDb dynamo = open()) {
            createOrders(dynamo);
            put(dynamo, "a", 1);
        }
        Files.move(directory.resolve("journal-0.log"), directory.resolve("journal.log")); // its one file's name
        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a"), ids(dynamo));
            assertEquals(2, dynamo.recovery().orElseThrow().entries());
        }
        assertEquals(List.of("journal-0.log", "lock"), files());
    }

    @Test
    void aTransactionRetriedWithItsTokenAfterARestartIsAnsweredWithoutRunningAgain() {
        TransactWriteItemsRequest first = TransactWriteItemsRequest.builder().clientRequestToken("token-1")
                .transactItems(TransactWriteItem.builder().put(p -> p.tableName("orders").item(order("tx", 7))).build())
                .build();
        try (EmbeddedDynamoDb dynamo = open()) {
            createOrders(dynamo);
            dynamo.transactWriteItems(first);
            put(dynamo, "tx", 8);
        }
        try (EmbeddedDynamoDb reopened = open()) {
            reopened.transactWriteItems(first);
            assertEquals("8", amount(reopened, "tx"), "the retry within ten minutes did not write again");
            TransactWriteItemsRequest other = first.toBuilder().transactItems(TransactWriteItem.builder()
                    .put(p -> p.tableName("orders").item(order("tx", 9))).build()).build();
            assertThrows(IdempotentParameterMismatchException.class, () -> reopened.transactWriteItems(other));
            clock.advance(Duration.ofMinutes(11));
            reopened.transactWriteItems(first);
            assertEquals("7", amount(reopened, "tx"), "after ten minutes the token is forgotten");
        }
    }

    private static String amount(EmbeddedDynamoDb dynamo, String id) {
        return dynamo.getItem(g -> g.tableName("orders").key(Map.of("id", s(id)))).item().get("amount").n();
    }

    @Test
    void withoutADataDirectoryNothingIsRecovered() {
        assertTrue(new EmbeddedDynamoDb().recovery().isEmpty());
    }

    @Test
    void aTruncatedTailIsCutOffAndEverythingBeforeItKept() throws IOException {
        long intact = journalWithOrdersAndThenOneMoreItem();
        Path journal = directory.resolve("journal-0.log");
        long full = Files.size(journal);
        truncate(journal, full - 3);

        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a"), ids(dynamo));
            assertEquals(full - 3 - intact, dynamo.recovery().orElseThrow().bytesDropped());
            assertEquals(intact, Files.size(journal), "the damaged tail is cut off the file");
            put(dynamo, "c", 3);
        }
        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a", "c"), ids(dynamo));
            assertEquals(0, dynamo.recovery().orElseThrow().bytesDropped());
        }
    }

    @Test
    void anEntryWhoseChecksumFailsEndsTheJournal() throws IOException {
        long intact = journalWithOrdersAndThenOneMoreItem();
        Path journal = directory.resolve("journal-0.log");
        byte[] bytes = Files.readAllBytes(journal);
        bytes[bytes.length - 2] ^= 0x40;
        Files.write(journal, bytes);

        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a"), ids(dynamo));
            assertEquals(bytes.length - intact, dynamo.recovery().orElseThrow().bytesDropped());
        }
    }

    @Test
    void zeroesAfterTheLastEntryAreADamagedTail() throws IOException {
        journalWithOrdersAndThenOneMoreItem();
        Files.write(directory.resolve("journal-0.log"), new byte[16], java.nio.file.StandardOpenOption.APPEND);

        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a", "b"), ids(dynamo));
            assertEquals(16, dynamo.recovery().orElseThrow().bytesDropped());
        }
    }

    @Test
    void aSecondEngineCannotOpenADirectoryInUse() {
        try (EmbeddedDynamoDb dynamo = open()) {
            IllegalStateException error = assertThrows(IllegalStateException.class, this::open);
            assertTrue(error.getMessage().contains("in use by another engine"), error.getMessage());
        }
    }

    @Test
    void relaxedDurabilityKeepsWritesAcrossAClose() {
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(directory)
                .relaxedDurability(Duration.ofMillis(50)).build()) {
            createOrders(dynamo);
            put(dynamo, "a", 1);
        }
        try (EmbeddedDynamoDb dynamo = open()) {
            assertEquals(List.of("a"), ids(dynamo));
        }
    }

    /** Writes orders and item "a", returns the journal's length, then adds item "b" (the entry the tests damage). */
    private long journalWithOrdersAndThenOneMoreItem() throws IOException {
        try (EmbeddedDynamoDb dynamo = open()) {
            createOrders(dynamo);
            put(dynamo, "a", 1);
            long intact = Files.size(directory.resolve("journal-0.log"));
            put(dynamo, "b", 2);
            return intact;
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    private EmbeddedDynamoDb open() {
        return EmbeddedDynamoDb.builder().clock(clock).dataDirectory(directory).build();
    }

    private void writeThroughEveryOperation(EmbeddedDynamoDb dynamo) {
        createOrders(dynamo);
        dynamo.updateTimeToLive(u -> u.tableName("orders")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        dynamo.updateContinuousBackups(u -> u.tableName("orders")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        String arn = dynamo.describeTable(d -> d.tableName("orders")).table().tableArn();
        dynamo.tagResource(t -> t.resourceArn(arn).tags(tag("team", "a"), tag("cost", "b")));
        dynamo.untagResource(t -> t.resourceArn(arn).tagKeys("cost"));
        clock.advance(Duration.ofMinutes(1));
        dynamo.createTable(c -> c.tableName("audit").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(3L))
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        dynamo.createTable(c -> c.tableName("dropped").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("id", ScalarAttributeType.S))
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
        dynamo.putItem(p -> p.tableName("dropped").item(Map.of("id", s("x"))));
        dynamo.deleteTable(d -> d.tableName("dropped"));

        put(dynamo, "put", 1);
        put(dynamo, "deleted", 2);
        dynamo.deleteItem(d -> d.tableName("orders").key(Map.of("id", s("deleted"))));
        dynamo.updateItem(u -> u.tableName("orders").key(Map.of("id", s("put")))
                .updateExpression("SET amount = amount + :one, note = :note")
                .expressionAttributeValues(Map.of(":one", n("1"), ":note", AttributeValue.fromB(
                        software.amazon.awssdk.core.SdkBytes.fromByteArray(new byte[] {0, 1, -1})))));
        dynamo.batchWriteItem(b -> b.requestItems(Map.of("orders", List.of(
                WriteRequest.builder().putRequest(r -> r.item(order("batch1", 5))).build(),
                WriteRequest.builder().putRequest(r -> r.item(order("batch2", 6))).build()))));
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("orders").item(order("tx", 7))).build(),
                TransactWriteItem.builder().update(u -> u.tableName("audit").key(Map.of("id", s("tx")))
                        .updateExpression("SET entries = :list")
                        .expressionAttributeValues(Map.of(":list", AttributeValue.fromL(List.of(s("one"),
                                AttributeValue.fromM(Map.of("n", n("1.50")))))))).build()));
        dynamo.executeStatement(e -> e.statement("INSERT INTO orders VALUE {'id': 'partiql', 'customer': 'c1', 'amount': 9}"));
        dynamo.executeStatement(e -> e.statement("UPDATE orders SET amount = 10 WHERE id = 'partiql'"));
        dynamo.batchExecuteStatement(b -> b.statements(
                BatchStatementRequest.builder().statement("DELETE FROM orders WHERE id = 'batch1'").build()));
        dynamo.executeTransaction(t -> t.transactStatements(
                ParameterizedStatement.builder().statement("INSERT INTO audit VALUE {'id': 'ptx', 'tags': <<'x', 'y'>>}").build()));
        dynamo.putItem(p -> p.tableName("orders").item(Map.of("id", s("expiring"), "customer", s("c9"),
                "expiresAt", n(Long.toString(clock.instant().getEpochSecond() + 30)))));
        dynamo.updateTable(u -> u.tableName("orders").attributeDefinitions(attribute("amount", ScalarAttributeType.N))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byAmount")
                        .keySchema(KeySchemaElement.builder().attributeName("amount").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))).build()));
        clock.advance(Duration.ofMinutes(5));
        dynamo.scan(s -> s.tableName("orders"));
    }

    private static void createOrders(EmbeddedDynamoDb dynamo) {
        createOrders(dynamo, true);
    }

    private static void createOrders(EmbeddedDynamoDb dynamo, boolean stream) {
        dynamo.createTable(c -> c.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("id", ScalarAttributeType.S), attribute("customer", ScalarAttributeType.S))
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byCustomer")
                        .keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .streamSpecification(s -> s.streamEnabled(stream)
                        .streamViewType(stream ? StreamViewType.NEW_AND_OLD_IMAGES : null))
                .tags(tag("env", "dev")));
    }

    private static void put(EmbeddedDynamoDb dynamo, String id, int amount) {
        dynamo.putItem(p -> p.tableName("orders").item(order(id, amount)));
    }

    private static Map<String, AttributeValue> order(String id, int amount) {
        return Map.of("id", s(id), "customer", s("c" + amount % 2), "amount", n(Integer.toString(amount)));
    }

    private static List<String> ids(EmbeddedDynamoDb dynamo) {
        return dynamo.scan(s -> s.tableName("orders")).items().stream().map(item -> item.get("id").s()).sorted().toList();
    }

    /** Everything a client can read about every table: descriptions (less the per-process table id), settings, items. */
    private static Map<String, Object> state(EmbeddedDynamoDb dynamo) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String name : dynamo.listTables().tableNames()) {
            TableDescription table = dynamo.describeTable(d -> d.tableName(name)).table();
            state.put(name, table.toBuilder().tableId(null).build());
            state.put(name + " ttl", dynamo.describeTimeToLive(d -> d.tableName(name)).timeToLiveDescription());
            state.put(name + " backups", dynamo.describeContinuousBackups(d -> d.tableName(name)));
            state.put(name + " tags", dynamo.listTagsOfResource(t -> t.resourceArn(table.tableArn())).tags());
            state.put(name + " items", sorted(dynamo.scan(s -> s.tableName(name)).items()));
            for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
                state.put(name + " " + index.indexName(), sorted(dynamo.scan(s -> s.tableName(name)
                        .indexName(index.indexName())).items()));
            }
        }
        return state;
    }

    private static List<Map<String, AttributeValue>> sorted(List<Map<String, AttributeValue>> items) {
        List<Map<String, AttributeValue>> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
