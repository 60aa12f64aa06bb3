package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Generated memory tables: typed keys in memory, writes only on flush. */
@DynamoTest
class MemoryTableTest {
    DynamoDbClient dynamo;
    ShelfTable shelves;

    @BeforeEach
    void stock() {
        shelves = new ShelfTable(DynamoDatabase.of(dynamo));
        Shelves.stock(shelves);
    }

    @Test
    void changesStayInMemoryUntilFlush() {
        try (ShelfMemoryTable memory = new ShelfMemoryTable(shelves)) {
            memory.preload("s1", List.of("hat-1", "hat-2", "hat-7"));
            Shelf hat = memory.get("s1", "hat-1");
            memory.save(ImmutableShelf.copyOf(hat).withStock(hat.stock() + 10));
            memory.delete("s1", "hat-2");
            memory.save(ImmutableShelf.copyOf(memory.getOrDefault("s1", "hat-7")).withName("Hat 7"));
            assertEquals(Optional.empty(), memory.find("s1", "hat-2"));
            assertThrows(RecordNotFoundException.class, () -> memory.get("s1", "hat-8"));

            assertEquals(11, memory.get("s1", "hat-1").stock());
            assertEquals(1, shelves.get("s1", "hat-1").stock());
            assertEquals(3, memory.changedCount());
        }
        assertEquals(11, shelves.get("s1", "hat-1").stock());
        assertEquals(Optional.empty(), shelves.find("s1", "hat-2"));
        assertEquals("Hat 7", shelves.get("s1", "hat-7").name());
    }

    @Test
    void partitionKeyOnlyTable() {
        CounterTable counters = new CounterTable(DynamoDatabase.of(dynamo));
        counters.increment(1L, CounterTable.HITS, 5);
        CounterMemoryTable memory = new CounterMemoryTable(counters);
        memory.preload(List.of(1L, 2L));
        memory.save(ImmutableCounter.copyOf(memory.get(1L)).withHits(6));
        memory.save(ImmutableCounter.copyOf(memory.getOrDefault(2L)).withHits(1));
        assertEquals(2, memory.flush());
        assertEquals(List.of(6L, 1L), List.of(counters.get(1L).hits(), counters.get(2L).hits()));
    }
}
