package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Read;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the typed keys still allow is what DynamoDB accepts: a table query filters on index keys, a
 * global index query on the table's keys, a local index query on the table's sort key and reads
 * consistently, scans and write conditions name the table's keys, and an index's sort key is
 * updated. Each filter runs on both backends, so DynamoDB Local's acceptance checks the typing. The misuses they refuse
 * are compile errors, tested in the processor's {@code TypedApiTest}; a sort key shared by the
 * table and an index is in {@link KeyTypesTest}.
 */
@DynamoTest
class TypedKeysTest {
    DynamoDbClient dynamo;
    ShelfTable shelves;

    @BeforeEach
    void stock() {
        shelves = new ShelfTable(DynamoDatabase.of(dynamo));
        Shelves.stock(shelves);
    }

    @Test
    void aTableQueryFiltersOnIndexKeys() {
        assertEquals(List.of("hat-4", "hat-5"),
                skus(shelves.query("s1").filter(ShelfTable.CATEGORY.eq("hats").and(ShelfTable.PRICE.gt(30L)))));
        assertEquals(List.of("shoe-1"), skus(shelves.query("s1").filter(ShelfTable.NAME.beginsWith("Sh"))));
    }

    @Test
    void aGlobalIndexQueryFiltersOnTheTablesKeys() {
        assertEquals(List.of("hat-6"), skus(shelves.queryByCategory("hats").filter(ShelfTable.STORE_ID.eq("s2"))));
        assertEquals(List.of("hat-2", "hat-3"), skus(shelves.queryByCategory("hats", ShelfTable.PRICE.le(30L))
                .filter(ShelfTable.SKU.ne("hat-1"))));
    }

    @Test
    void aTableQueryCombinesFiltersOnIndexKeysAndOtherAttributes() {
        assertEquals(List.of("hat-2", "hat-3"), skus(shelves.query("s1").filter(ShelfTable.NAME.contains("at")
                .and(ShelfTable.CATEGORY.ne("shoes").not().or(ShelfTable.PRICE.between(20L, 30L))))));
    }

    @Test
    void aGlobalIndexQueryCombinesFiltersOnTheTablesKeysAndTheOtherIndexKeys() {
        assertEquals(List.of("hat-4", "hat-5"), skus(shelves.queryByCategory("hats").filter(ShelfTable.STORE_ID.in("s1")
                .and(ShelfTable.SKU.exists()).and(ShelfTable.NAME.size().eq(5)).and(ShelfTable.STOCK.ge(4)))));
    }

    @Test
    void aLocalIndexQueryFiltersOnTheTablesSortKey() {
        assertEquals(List.of("hat-2", "hat-3", "hat-4", "hat-5"),
                skus(shelves.queryByName("s1").filter(ShelfTable.SKU.beginsWith("hat-").and(ShelfTable.SKU.ne("hat-1")))));
        assertEquals(List.of("hat-4", "shoe-1"), skus(shelves.queryByName("s1", ShelfTable.NAME.ge("Hat 4"))
                .filter(ShelfTable.SKU.between("hat-4", "shoe-1")
                        .and(ShelfTable.CATEGORY.eq("shoes").or(ShelfTable.PRICE.lt(50L))))
                .consistentRead()));
    }

    @Test
    void aLocalIndexQueryReadsConsistently() {
        assertEquals(List.of("hat-1", "hat-2"),
                skus(shelves.queryByName("s1", ShelfTable.NAME.lt("Hat 3")).consistentRead()));
    }

    @Test
    void scansAndWriteConditionsNameTheTablesKeys() {
        assertEquals(List.of("shoe-1"),
                skus(shelves.scan().filter(ShelfTable.STORE_ID.eq("s1").and(ShelfTable.SKU.beginsWith("shoe")))));
        shelves.save(Shelves.hat(7), ShelfTable.SKU.notExists());
        assertThrows(ConditionFailedException.class, () -> shelves.save(Shelves.hat(7), ShelfTable.SKU.notExists()));
        assertEquals("hat-7", shelves.delete("s1", "hat-7", ShelfTable.STORE_ID.eq("s1")).orElseThrow().sku());
    }

    @Test
    void anIndexSortKeyCanBeUpdated() {
        shelves.update("s1", "hat-1", ShelfTable.PRICE.add(100L), ShelfTable.NAME.set("Zed"));
        assertEquals(List.of("hat-1"), skus(shelves.queryByCategory("hats", ShelfTable.PRICE.gt(100L))));
        assertEquals(List.of("hat-1"), skus(shelves.queryByName("s1").descending().limit(1)));
    }

    private static List<String> skus(Read<Shelf, ?> read) {
        return read.stream().map(Shelf::sku).toList();
    }
}
