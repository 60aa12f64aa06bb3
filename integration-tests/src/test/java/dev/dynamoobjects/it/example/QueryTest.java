package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Page;
import dev.dynamoobjects.table.Query;
import dev.dynamoobjects.table.Read;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Store s1 holds sku-00 .. sku-09 (price 0, 10, .. 90; odd ones category "hats"); store s2 one item. */
@DynamoTest
class QueryTest {
    DynamoDbClient dynamo;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        products = new ProductTable(DynamoDatabase.of(dynamo));
        for (int i = 0; i < 10; i++) {
            products.save(product("s1", sku(i)).toBuilder()
                    .price(i * 10L).name("Name " + (9 - i)).category(i % 2 == 0 ? "shoes" : "hats").build());
        }
        products.save(product("s2", "sku-00"));
    }

    @Test
    void queryReturnsThePartitionInSortKeyOrder() {
        assertEquals(skus(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), skus(products.query("s1")));
        assertEquals(List.of("sku-00"), skus(products.query("s2")));
        assertEquals(List.of(), skus(products.query("s3")));
    }

    @Test
    void sortKeyConditions() {
        assertEquals(skus(3), skus(products.query("s1", ProductTable.SKU.eq(sku(3)))));
        assertEquals(skus(0, 1), skus(products.query("s1", ProductTable.SKU.lt(sku(2)))));
        assertEquals(skus(0, 1, 2), skus(products.query("s1", ProductTable.SKU.le(sku(2)))));
        assertEquals(skus(8, 9), skus(products.query("s1", ProductTable.SKU.gt(sku(7)))));
        assertEquals(skus(7, 8, 9), skus(products.query("s1", ProductTable.SKU.ge(sku(7)))));
        assertEquals(skus(4, 5, 6), skus(products.query("s1", ProductTable.SKU.between(sku(4), sku(6)))));
        assertEquals(skus(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), skus(products.query("s1", ProductTable.SKU.beginsWith("sku-0"))));
        assertEquals(List.of(), skus(products.query("s1", ProductTable.SKU.beginsWith("hat"))));
    }

    @Test
    void descendingLimitFilterAndProjection() {
        assertEquals(skus(9, 8, 7), skus(products.query("s1").descending().limit(3)));
        assertEquals(skus(1, 3, 5), skus(products.query("s1").filter(ProductTable.CATEGORY.eq("hats")).limit(3)));
        assertEquals(skus(3), skus(products.query("s1")
                .filter(ProductTable.CATEGORY.eq("hats")).filter(ProductTable.PRICE.lt(40L)).filter(ProductTable.PRICE.gt(10L))));

        Product projected = products.query("s1", ProductTable.SKU.eq(sku(2))).select(ProductTable.PRICE).list().get(0);
        assertEquals("s1", projected.storeId());
        assertEquals(sku(2), projected.sku());
        assertEquals(20, projected.price());
        assertNull(projected.name());
        assertEquals("NEW", projected.status(), "an attribute left out takes its default");
    }

    @Test
    void consistentRead() {
        products.save(product("s1", "sku-10"));
        assertEquals(11, products.query("s1").consistentRead().list().size());
    }

    @Test
    void globalIndexQuery() {
        assertEquals(skus(1, 3, 5, 7, 9), skus(products.queryByCategory("hats")));
        assertEquals(skus(7, 5), skus(products.queryByCategory("hats", ProductTable.PRICE.between(50L, 70L)).descending()));
    }

    @Test
    void localIndexQuery() {
        assertEquals(skus(9, 8, 7), skus(products.queryByName("s1").limit(3)));
        assertEquals(skus(5, 4), skus(products.queryByName("s1", ProductTable.NAME.between("Name 4", "Name 5"))));
    }

    @Test
    void iterationFetchesPagesLazily() {
        Iterator<Product> all = products.query("s1").pageSize(3).iterator();
        List<String> seen = new ArrayList<>();
        all.forEachRemaining(p -> seen.add(p.sku()));
        assertEquals(skus(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertEquals(skus(0, 1, 2, 3), skus(products.query("s1").pageSize(3).limit(4)));
        assertEquals(List.of(sku(9)), products.query("s1").pageSize(2)
                .filter(ProductTable.PRICE.gt(85L)).stream().map(Product::sku).toList(),
                "empty filtered pages are skipped");
    }

    @Test
    void pagesResumeFromTheirCursor() {
        Query<Product, ProductTable.TableQuery> query = products.query("s1").filter(ProductTable.CATEGORY.eq("shoes")).limit(2);
        Page<Product> first = query.page(null);
        assertEquals(skus(0, 2), first.records().stream().map(Product::sku).toList());
        assertTrue(first.hasMore());
        Page<Product> second = products.query("s1").filter(ProductTable.CATEGORY.eq("shoes")).limit(2)
                .page(first.cursor());
        assertEquals(skus(4, 6), second.records().stream().map(Product::sku).toList());
        Page<Product> third = query.page(second.cursor());
        assertEquals(skus(8), third.records().stream().map(Product::sku).toList());
        assertFalse(third.hasMore());
        assertEquals(AttributeValue.fromN("80"), third.items().get(0).get("price"));
    }

    @Test
    void withoutLimitAPageIsOneDynamoDbPage() {
        Page<Product> page = products.query("s1").pageSize(4).page(null);
        assertEquals(skus(0, 1, 2, 3), page.records().stream().map(Product::sku).toList());
        assertTrue(page.hasMore());
    }

    @Test
    void foreignCursorIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> products.query("s1").page("not-a-cursor!"));
        assertTrue(e.getMessage().contains("not-a-cursor!"), e.getMessage());
    }

    @Test
    void countSumsAcrossPages() {
        assertEquals(10, products.query("s1").pageSize(3).count());
        assertEquals(5, products.query("s1").filter(ProductTable.CATEGORY.eq("hats")).pageSize(4).count());
        assertEquals(2, products.queryByCategory("hats", ProductTable.PRICE.ge(70L)).count());
    }

    @Test
    void firstRecordOrEmpty() {
        assertEquals(Optional.of(sku(9)), products.query("s1").descending().first().map(Product::sku));
        assertEquals(Optional.empty(), products.query("s9").first());
    }

    @Test
    void rawItemStream() {
        assertEquals(List.of(AttributeValue.fromS("sku-00")),
                products.query("s2").itemStream().map(item -> item.get("sku")).toList());
    }

    private static String sku(int i) {
        return String.format("sku-%02d", i);
    }

    private static List<String> skus(int... numbers) {
        List<String> skus = new ArrayList<>();
        for (int n : numbers) {
            skus.add(sku(n));
        }
        return skus;
    }

    private static List<String> skus(Read<Product, ?> query) {
        return query.stream().map(Product::sku).toList();
    }
}
