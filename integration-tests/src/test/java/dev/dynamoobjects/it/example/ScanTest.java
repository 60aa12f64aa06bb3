package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** 20 products over stores s0..s4; stock 0 .. 19. */
@DynamoTest
class ScanTest {
    DynamoDbClient dynamo;
    private ProductTable products;
    private Set<String> all;

    @BeforeEach
    void setUp() {
        products = new ProductTable(DynamoDatabase.of(dynamo));
        all = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            products.save(product("s" + (i % 5), "p" + i).withStock(i));
            all.add("p" + i);
        }
    }

    @Test
    void scanReadsEveryItemAcrossPages() {
        assertEquals(all, skus(products.scan().pageSize(3).stream().toList()));
        assertEquals(20, products.count());
    }

    @Test
    void filterProjectionAndLimit() {
        assertEquals(Set.of("p18", "p19"), skus(products.scan().filter(ProductTable.STOCK.ge(18)).list()));
        assertEquals(3, products.scan().limit(3).list().size());
        Product projected = products.scan().select(ProductTable.STOCK).first().orElseThrow();
        assertNull(projected.name());
        assertEquals(5, products.scan().filter(ProductTable.STOCK.lt(5)).pageSize(2).count());
    }

    @Test
    void segmentsTogetherCoverTheTable() {
        List<Product> union = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            union.addAll(products.scan().segment(segment, 3).list());
        }
        assertEquals(20, union.size());
        assertEquals(all, skus(union));
    }

    @Test
    void parallelScan() {
        assertEquals(all, products.scan().pageSize(4).parallelStream(4).map(Product::sku).collect(Collectors.toSet()));
        assertEquals(Set.of("p0", "p1"),
                products.scan().filter(ProductTable.STOCK.lt(2)).parallelStream(2).map(Product::sku).collect(Collectors.toSet()));
    }

    @Test
    void invalidSegmentIsRefused() {
        assertThrows(ValidationException.class, () -> products.scan().segment(3, 3));
        assertThrows(ValidationException.class, () -> products.scan().parallelStream(0));
    }

    @Test
    void pagesCoverTheTableOnce() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Product> page = products.scan().limit(6).page(cursor);
            page.records().forEach(p -> seen.add(p.sku()));
            cursor = page.cursor();
            pages++;
        } while (cursor != null);
        assertEquals(all, seen);
        assertEquals(4, pages);
    }

    @Test
    void invalidLimitIsRefused() {
        assertThrows(ValidationException.class, () -> products.scan().limit(0));
        assertThrows(ValidationException.class, () -> products.scan().pageSize(-1));
    }

    private static Set<String> skus(List<Product> products) {
        return products.stream().map(Product::sku).collect(Collectors.toSet());
    }
}
