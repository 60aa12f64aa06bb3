package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Conditional writes, every update action and counters, through the generated key methods and constants. */
@DynamoTest
class WriteTest {
    DynamoDbClient dynamo;
    ShelfTable shelves;

    @BeforeEach
    void stock() {
        shelves = new ShelfTable(DynamoDatabase.of(dynamo));
        shelves.save(Shelves.hat(3));
    }

    @Test
    void conditionalSaveAndCreate() {
        shelves.save(Shelves.hat(3).withStock(2), ShelfTable.STOCK.eq(3).and(ShelfTable.NAME.beginsWith("Hat")));
        ConditionFailedException failed = assertThrows(ConditionFailedException.class,
                () -> shelves.save(Shelves.hat(3), ShelfTable.STOCK.eq(3)));
        assertEquals(shelves.tableName(), failed.table());
        assertTrue(failed.getMessage().contains("hat-3"), failed.getMessage());
        assertThrows(ConditionFailedException.class, () -> shelves.create(Shelves.hat(3)));
        shelves.create(Shelves.hat(4));
        shelves.save(Shelves.hat(5), ShelfTable.SKU.notExists());
        assertEquals(2, shelves.get("s1", "hat-3").stock());
    }

    @Test
    void everyUpdateAction() {
        Shelf updated = shelves.update("s1", "hat-3",
                ShelfTable.NAME.set("Red hat"),
                ShelfTable.CATEGORY.setIfAbsent("ignored"),
                ShelfTable.STOCK.add(-1),
                ShelfTable.HISTORY.append("sold"),
                ShelfTable.TAGS.add("red"));
        assertEquals(List.of("Red hat", "hats", 2), List.of(updated.name(), updated.category(), updated.stock()));
        assertEquals(Set.of("new", "red"), updated.tags());

        updated = shelves.update("s1", "hat-3", ShelfTable.HISTORY.prepend("made"), ShelfTable.TAGS.delete("new"),
                ShelfTable.STATUS.remove());
        assertEquals(List.of("made", "sold"), updated.history());
        assertEquals(Set.of("red"), updated.tags());
        assertEquals("NEW", updated.status());
    }

    @Test
    void conditionalUpdateWithEveryKindOfCondition() {
        var holds = ShelfTable.CATEGORY.in("hats", "caps")
                .and(ShelfTable.PRICE.between(10L, 30L))
                .and(ShelfTable.TAGS.contains("new"))
                .and(ShelfTable.NAME.exists()).and(ShelfTable.HISTORY.size().eq(0))
                .and(ShelfTable.STOCK.hasType(DynamoType.N))
                .and(ShelfTable.TAGS.size().eq(1))
                .and(ShelfTable.STOCK.lt(0).or(ShelfTable.STOCK.ne(0)))
                .and(ShelfTable.STOCK.eq(0).not());
        assertEquals(4, shelves.update("s1", "hat-3", holds, ShelfTable.STOCK.add(1)).stock());

        ConditionFailedException failed = assertThrows(ConditionFailedException.class,
                () -> shelves.update("s1", "hat-3", ShelfTable.STOCK.gt(10), ShelfTable.STOCK.add(-10)));
        assertTrue(failed.currentItem().isPresent());
        assertEquals(4, shelves.get("s1", "hat-3").stock());
    }

    @Test
    void incrementCountsWithoutReading() {
        assertEquals(5, shelves.increment("s1", "hat-3", ShelfTable.STOCK, 2));
        assertEquals(1, shelves.increment("s1", "hat-9", ShelfTable.STOCK, 1));
        // A number that sorts an index can be incremented, and the index follows.
        assertEquals(130, shelves.increment("s1", "hat-3", ShelfTable.PRICE, 100));
        assertEquals(List.of("hat-3"), shelves.queryByCategory("hats", ShelfTable.PRICE.ge(100L)).stream()
                .map(Shelf::sku).toList());
    }
}
