package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The generated key methods reach the right item for every type of key. */
@DynamoTest
class KeyTypesTest {
    private static final UUID SENSOR = UUID.fromString("5f0c1d2e-0000-4000-8000-000000000001");
    private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");

    DynamoDbClient dynamo;
    DynamoDatabase db;

    @BeforeEach
    void database() {
        db = DynamoDatabase.of(dynamo);
    }

    @Test
    void stringKeys() {
        ShelfTable shelves = new ShelfTable(db);
        ImmutableShelf hat = Shelves.hat(1);
        shelves.save(hat);

        assertEquals(hat, shelves.get("s1", "hat-1"));
        assertEquals(Optional.of(hat), shelves.find("s1", "hat-1"));
        assertEquals(Optional.empty(), shelves.find("s1", "hat-2"));
        assertThrows(RecordNotFoundException.class, () -> shelves.get("s2", "hat-1"));
        Shelf fresh = shelves.getOrDefault("s1", "hat-2");
        assertEquals(List.of("s1", "hat-2", "NEW"), List.of(fresh.storeId(), fresh.sku(), fresh.status()));
        assertThrows(ConditionFailedException.class, () -> shelves.delete("s1", "hat-1", ShelfTable.STOCK.gt(5)));
        assertEquals(Optional.of(hat), shelves.delete("s1", "hat-1", ShelfTable.STOCK.eq(1)));
        assertEquals(Optional.empty(), shelves.delete("s1", "hat-1"));
    }

    @Test
    void uuidInstantAndEnumKeys() {
        ReadingTable readings = new ReadingTable(db);
        for (int hour = 0; hour < 4; hour++) {
            readings.save(reading(hour, hour % 2 == 0 ? Reading.Level.LOW : Reading.Level.HIGH));
        }

        assertEquals(reading(2, Reading.Level.LOW), readings.get(SENSOR, NOON.plusSeconds(7200)));
        assertEquals(List.of(1.0, 2.0), values(readings.query(SENSOR,
                ReadingTable.AT.between(NOON.plusSeconds(3600), NOON.plusSeconds(7200))).list()));
        assertEquals(List.of(3.0, 1.0), values(readings.queryByLevel(Reading.Level.HIGH).descending().list()));
        assertEquals(List.of(3.0), values(readings.queryByLevel(Reading.Level.HIGH,
                ReadingTable.AT.gt(NOON.plusSeconds(3600))).list()));
        assertEquals(Optional.empty(), readings.find(UUID.randomUUID(), NOON));
    }

    @Test
    void binaryAndPrimitiveIntKeys() {
        ChunkTable chunks = new ChunkTable(db);
        SdkBytes file = SdkBytes.fromUtf8String("report.pdf");
        for (int part = 1; part <= 3; part++) {
            chunks.save(ImmutableChunk.builder().file(file).part(part).text("part " + part).build());
        }

        assertEquals("part 2", chunks.get(SdkBytes.fromUtf8String("report.pdf"), 2).text());
        assertEquals(List.of("part 3", "part 2"),
                chunks.query(file, ChunkTable.PART.ge(2)).descending().stream().map(Chunk::text).toList());
        assertEquals(Optional.empty(), chunks.find(SdkBytes.fromUtf8String("other"), 1));
    }

    @Test
    void numberPartitionKeyWithoutSortKey() {
        CounterTable counters = new CounterTable(db);
        Counter zero = counters.getOrDefault(7L);
        assertEquals(List.of(7L, 0L, "unnamed"), List.of(zero.id(), zero.hits(), zero.label()));

        assertEquals(2, counters.increment(7L, CounterTable.HITS, 2));
        assertEquals("door", counters.update(7L, CounterTable.LABEL.set("door")).label());
        assertEquals(2, counters.get(7L).hits());
        assertEquals(List.of(7L), counters.query(7L).stream().map(Counter::id).toList());
        assertEquals(1, counters.delete(7L).map(c -> c.hits() - 1).orElseThrow());
        assertEquals(Optional.empty(), counters.find(7L));
    }

    private static ImmutableReading reading(int hour, Reading.Level level) {
        return ImmutableReading.builder().sensor(SENSOR).at(NOON.plusSeconds(3600L * hour)).level(level)
                .value(hour).build();
    }

    private static List<Double> values(List<Reading> readings) {
        return readings.stream().map(Reading::value).toList();
    }
}
