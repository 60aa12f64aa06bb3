package dev.dynamoobjects.mock.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.Recovery;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * The data directory compacts while the engine runs: concurrent writers lose nothing, a streamed
 * table's journal stays bounded, and a damaged snapshot is passed over (reported) for the one before
 * it, or refuses the start when nothing safe is left.
 */
class OnlineCompactionTest {
    private static final int WRITERS = 4;
    @TempDir
    Path directory;

    @Test
    void compactionsDuringConcurrentWritesLoseNoAcknowledgedWrite() throws Exception {
        Map<String, Map<String, AttributeValue>> acknowledged = new ConcurrentHashMap<>();
        try (EmbeddedDynamoDb dynamo = open(200)) {
            createTable(dynamo, false);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String writer = "w" + w;
                done.add(writers.submit(() -> write(dynamo, writer, acknowledged)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();
            assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
            assertEquals(acknowledged, items(dynamo));
        }
        assertTrue(snapshots().size() == 2, "compacted more than once: " + snapshots());
        try (EmbeddedDynamoDb reopened = open(200)) {
            assertEquals(acknowledged, items(reopened));
        }
    }

    /** Puts, conditional updates, transactions and deletes on the writer's own 20 items, recording what each left. */
    private static void write(EmbeddedDynamoDb dynamo, String writer, Map<String, Map<String, AttributeValue>> acknowledged) {
        for (int i = 0; i < 1500; i++) {
            String id = writer + "-" + i % 20;
            switch (i / 20 % 4) { // each item in turn: put, updated, put by a transaction (or deleted by one), deleted
                case 0 -> {
                    Map<String, AttributeValue> item = Map.of("id", s(id), "n", n(i));
                    dynamo.putItem(p -> p.tableName("things").item(item));
                    acknowledged.put(id, item);
                }
                case 1 -> {
                    int value = i;
                    dynamo.updateItem(u -> u.tableName("things").key(Map.of("id", s(id))).updateExpression("SET n = :n")
                            .conditionExpression("attribute_exists(id)").expressionAttributeValues(Map.of(":n", n(value))));
                    acknowledged.put(id, Map.of("id", s(id), "n", n(value)));
                }
                case 2 -> {
                    String other = writer + "-" + (i + 7) % 20;
                    Map<String, AttributeValue> item = Map.of("id", s(id), "n", n(i), "pair", s(other));
                    dynamo.transactWriteItems(t -> t.transactItems(
                            TransactWriteItem.builder().put(p -> p.tableName("things").item(item)).build(),
                            TransactWriteItem.builder().delete(d -> d.tableName("things").key(Map.of("id", s(other)))).build()));
                    acknowledged.put(id, item);
                    acknowledged.remove(other);
                }
                default -> {
                    dynamo.deleteItem(d -> d.tableName("things").key(Map.of("id", s(id))));
                    acknowledged.remove(id);
                }
            }
        }
    }

    @Test
    void theJournalOfAStreamedTableStaysBoundedUnderALongWriteLoop() throws IOException {
        // Relaxed durability: writes far faster than snapshots, the case where writers must wait for them.
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(directory).compactionThreshold(500)
                .relaxedDurability(Duration.ofSeconds(1)).build()) {
            createTable(dynamo, true);
            putOverAndOver(dynamo, 100_000, 100);
            // The puts' entries differ by their numbers' digits: a 5-digit one is the largest.
            long entryBytes = Files.size(directory.resolve("journal-0.log")) / 101 + 4;
            long largest = 0;
            for (int round = 0; round < 200; round++) {
                putOverAndOver(dynamo, 100_000 + round * 100, 100);
                largest = Math.max(largest, journalBytes());
            }
            // At most three segments of twice the threshold (see Compaction), where 20,100 entries were written.
            assertTrue(largest <= 3 * 2 * 501 * entryBytes, "journal bytes at most " + largest);
            assertTrue(snapshots().size() <= 2, "snapshots kept: " + snapshots());
        }
    }

    @Test
    void compactingOnRequestWritesASnapshotTheRestartLoads() throws IOException {
        Map<String, Map<String, AttributeValue>> before;
        try (EmbeddedDynamoDb dynamo = open(10_000)) {
            createTable(dynamo, true);
            before = putOverAndOver(dynamo, 0, 30);
            dynamo.compactDataDirectory();
            assertEquals(List.of("snapshot-1.snap"), snapshots());
        }
        try (EmbeddedDynamoDb reopened = open(10_000)) {
            assertEquals(before, items(reopened));
            assertEquals("snapshot-1.snap", reopened.recovery().orElseThrow().snapshot());
            assertEquals(0, reopened.recovery().orElseThrow().entries());
        }
        IllegalStateException inMemory = assertThrows(IllegalStateException.class,
                () -> new EmbeddedDynamoDb().compactDataDirectory());
        assertTrue(inMemory.getMessage().contains("no data directory"), inMemory.getMessage());
    }

    @Test
    void aDamagedNewestSnapshotIsPassedOverForTheOneBeforeIt() throws IOException {
        Map<String, Map<String, AttributeValue>> before = writeTwoSnapshots();
        Path newest = directory.resolve(snapshots().get(1));
        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(file.read() ^ 0xff);
        }
        try (EmbeddedDynamoDb reopened = open(1000)) {
            assertEquals(before, items(reopened));
            Recovery recovery = reopened.recovery().orElseThrow();
            assertEquals(snapshots().get(0), recovery.snapshot());
            assertEquals(1, recovery.damagedSnapshots().size());
            assertTrue(recovery.summary().contains(newest.getFileName() + " is damaged: its part at byte"),
                    recovery.summary());
        }
    }

    @Test
    void aTruncatedOnlySnapshotIsPassedOverForTheWholeJournal() throws IOException {
        Map<String, Map<String, AttributeValue>> before;
        try (EmbeddedDynamoDb dynamo = open(100)) {
            createTable(dynamo, true);
            before = putOverAndOver(dynamo, 0, 150);
        }
        assertEquals(List.of("snapshot-1.snap"), snapshots());
        Path snapshot = directory.resolve("snapshot-1.snap");
        try (RandomAccessFile file = new RandomAccessFile(snapshot.toFile(), "rw")) {
            file.setLength(file.length() - 10);
        }
        try (EmbeddedDynamoDb reopened = open(100)) {
            assertEquals(before, items(reopened));
            Recovery recovery = reopened.recovery().orElseThrow();
            assertEquals(null, recovery.snapshot());
            assertEquals(151, recovery.entries());
            assertTrue(recovery.summary().contains("recovering from the whole journal"), recovery.summary());
        }
    }

    @Test
    void aDamagedSnapshotWithoutTheJournalBeforeItRefusesTheStart() throws IOException {
        writeTwoSnapshots();
        String older = snapshots().get(0);
        Files.delete(directory.resolve(older)); // as if lost: nothing is left to recover the newest's state from
        Path newest = directory.resolve(snapshots().get(0));
        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> open(1000));
        assertTrue(refused.getMessage().contains(newest.getFileName() + " is damaged")
                && refused.getMessage().contains("Restore the directory from a backup"), refused.getMessage());
    }

    /** Two compactions of a table of 10 items; returns its items. */
    private Map<String, Map<String, AttributeValue>> writeTwoSnapshots() throws IOException {
        Map<String, Map<String, AttributeValue>> items;
        try (EmbeddedDynamoDb dynamo = open(100)) {
            createTable(dynamo, true);
            items = putOverAndOver(dynamo, 0, 250);
        }
        assertEquals(2, snapshots().size(), snapshots().toString());
        return items;
    }

    /** Puts numbers from {@code first} on into 10 items; returns the items. */
    private static Map<String, Map<String, AttributeValue>> putOverAndOver(EmbeddedDynamoDb dynamo, int first, int puts) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        for (int i = first; i < first + puts; i++) {
            Map<String, AttributeValue> item = Map.of("id", s("k" + i % 10), "n", n(i));
            dynamo.putItem(p -> p.tableName("things").item(item));
            items.put(item.get("id").s(), item);
        }
        return items;
    }

    private List<String> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".snap")).sorted()
                    .toList();
        }
    }

    private long journalBytes() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".log")).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0; // deleted by the compaction meanwhile
                }
            }).sum();
        }
    }

    private static Map<String, Map<String, AttributeValue>> items(EmbeddedDynamoDb dynamo) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        dynamo.scanPaginator(s -> s.tableName("things")).items().forEach(item -> items.put(item.get("id").s(), item));
        return items;
    }

    private static void createTable(EmbeddedDynamoDb dynamo, boolean stream) {
        dynamo.createTable(c -> c.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .streamSpecification(s -> s.streamEnabled(stream)
                        .streamViewType(stream ? StreamViewType.NEW_AND_OLD_IMAGES : null)));
    }

    private EmbeddedDynamoDb open(long compactionThreshold) {
        return EmbeddedDynamoDb.builder().dataDirectory(directory).compactionThreshold(compactionThreshold).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }
}
