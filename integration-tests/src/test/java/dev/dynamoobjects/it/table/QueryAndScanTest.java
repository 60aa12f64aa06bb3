package dev.dynamoobjects.it.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Page;
import dev.dynamoobjects.table.Read;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Generated query methods (table, global and local index) and scans reach the runtime's reads. */
@DynamoTest
class QueryAndScanTest {
    DynamoDbClient dynamo;
    ShelfTable shelves;

    @BeforeEach
    void stock() {
        shelves = new ShelfTable(DynamoDatabase.of(dynamo));
        Shelves.stock(shelves);
    }

    @Test
    void eachSortKeyOperatorOnTheTable() {
        assertEquals(skus("hat-1", "hat-2", "hat-3", "hat-4", "hat-5", "shoe-1"), skus(shelves.query("s1")));
        assertEquals(skus("hat-2"), skus(shelves.query("s1", ShelfTable.SKU.eq("hat-2"))));
        assertEquals(skus("hat-1"), skus(shelves.query("s1", ShelfTable.SKU.lt("hat-2"))));
        assertEquals(skus("hat-1", "hat-2"), skus(shelves.query("s1", ShelfTable.SKU.le("hat-2"))));
        assertEquals(skus("shoe-1"), skus(shelves.query("s1", ShelfTable.SKU.gt("hat-5"))));
        assertEquals(skus("hat-5", "shoe-1"), skus(shelves.query("s1", ShelfTable.SKU.ge("hat-5"))));
        assertEquals(skus("hat-2", "hat-3"), skus(shelves.query("s1", ShelfTable.SKU.between("hat-2", "hat-3"))));
        assertEquals(skus("shoe-1"), skus(shelves.query("s1", ShelfTable.SKU.beginsWith("shoe"))));
    }

    @Test
    void globalIndexWithANumberSortKey() {
        assertEquals(skus("hat-1", "hat-2", "hat-3", "hat-4", "hat-5", "hat-6"), skus(shelves.queryByCategory("hats")));
        assertEquals(skus("hat-4", "hat-3"),
                skus(shelves.queryByCategory("hats", ShelfTable.PRICE.between(30L, 40L)).descending()));
        assertEquals(skus("hat-6"), skus(shelves.queryByCategory("hats", ShelfTable.PRICE.gt(50L))));
        assertEquals(ShelfTable.BY_CATEGORY, "by-category");
    }

    @Test
    void localIndex() {
        assertEquals(skus("shoe-1"), skus(shelves.queryByName("s1", ShelfTable.NAME.beginsWith("Sh"))));
        assertEquals(skus("hat-5", "hat-4"), skus(shelves.queryByName("s1", ShelfTable.NAME.lt("Hat 6")).descending().limit(2)));
    }

    @Test
    void filterProjectionLimitOrderConsistencyAndCount() {
        var query = shelves.query("s1", ShelfTable.SKU.beginsWith("hat")).filter(ShelfTable.STOCK.ge(2))
                .descending().consistentRead();
        assertEquals(skus("hat-5", "hat-4", "hat-3", "hat-2"), skus(query));
        assertEquals(4, query.count());
        assertEquals(skus("hat-5"), skus(query.limit(1)));

        Shelf projected = shelves.query("s1", ShelfTable.SKU.eq("hat-3")).select(ShelfTable.PRICE).first().orElseThrow();
        assertEquals(List.of("s1", "hat-3", 30L), List.of(projected.storeId(), projected.sku(), projected.price()));
        assertNull(projected.name());
        assertEquals(0, projected.stock());
    }

    @Test
    void lazyPagesAndCursor() {
        assertEquals(6, shelves.query("s1").pageSize(2).stream().count());
        Page<Shelf> first = shelves.query("s1").limit(4).page(null);
        Page<Shelf> second = shelves.query("s1").limit(4).page(first.cursor());
        assertEquals(skus("hat-1", "hat-2", "hat-3", "hat-4"), skus(first.records()));
        assertEquals(skus("hat-5", "shoe-1"), skus(second.records()));
    }

    @Test
    void scanFilterSegmentsAndCount() {
        assertEquals(7, shelves.count());
        assertEquals(6, shelves.scan().filter(ShelfTable.CATEGORY.eq("hats")).count());
        assertEquals(allSkus(), shelves.scan().parallelStream(3).map(Shelf::sku).collect(Collectors.toSet()));
        List<String> segments = new ArrayList<>();
        for (int segment = 0; segment < 2; segment++) {
            shelves.scan().segment(segment, 2).forEach(shelf -> segments.add(shelf.sku()));
        }
        assertEquals(allSkus(), new java.util.HashSet<>(segments));
        assertEquals(7, segments.size());
    }

    private java.util.Set<String> allSkus() {
        return shelves.scan().stream().map(Shelf::sku).collect(Collectors.toSet());
    }

    private static List<String> skus(String... skus) {
        return List.of(skus);
    }

    private static List<String> skus(Read<Shelf, ?> read) {
        return skus(read.list());
    }

    private static List<String> skus(List<Shelf> shelves) {
        return shelves.stream().map(Shelf::sku).toList();
    }
}
