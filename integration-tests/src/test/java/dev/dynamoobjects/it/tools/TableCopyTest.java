package dev.dynamoobjects.it.tools;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.it.example.ImmutableProduct;
import dev.dynamoobjects.it.example.Product;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.CopyProgress;
import dev.dynamoobjects.tools.TableAdmin;
import dev.dynamoobjects.tools.TableCopy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoTest
class TableCopyTest {
    DynamoDbClient dynamo;
    private ProductTable staging;
    private ProductTable prod;

    @BeforeEach
    void setUp() {
        staging = new ProductTable(DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build());
        prod = new ProductTable(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
    }

    private void stage(int count) {
        List<ImmutableProduct> products = IntStream.range(0, count)
                .mapToObj(i -> product("s" + i % 7, "sku-" + i).withStock(i)).toList();
        new BatchWrite().save(staging, products).execute();
    }

    @Test
    void copiesEveryRecordThroughFilterAndTransformReportingProgress() {
        stage(1000);
        List<CopyProgress> heard = Collections.synchronizedList(new ArrayList<>());

        long copied = TableCopy.of(staging, prod)
                .filter(p -> p.stock() % 2 == 0)
                .transform(p -> ((ImmutableProduct) p).withName("copied"))
                .segments(3)
                .listener(heard::add)
                .run();

        assertEquals(500, copied);
        assertEquals(500, prod.count());
        assertTrue(prod.scan().stream().allMatch(p -> p.name().equals("copied") && p.stock() % 2 == 0));
        CopyProgress last = heard.get(heard.size() - 1);
        assertEquals(500, last.copied());
        assertEquals(1000, last.scanned());
        assertTrue(heard.size() >= 4, "a call per page of each segment and one at the end: " + heard.size());
        assertEquals(1000, staging.count(), "the source is untouched");
    }

    @Test
    void copiesRawItemsToATableOfAnotherName() {
        stage(120);
        TableAdmin admin = new TableAdmin(staging.database());
        admin.createLike(admin.describe("product"), "product_v2");
        ItemTable from = ItemTable.describe(dynamo, "staging_product");
        ItemTable to = ItemTable.describe(dynamo, "staging_product_v2");

        long copied = TableCopy.items(from, to)
                .transform(item -> withAttribute(item, "migrated", AttributeValue.fromBool(true)))
                .run();

        assertEquals(120, copied);
        var sample = to.client().getItem(r -> r.tableName(to.name())
                .key(ProductTable.MAPPER.keyOf(product("s1", "sku-1")))).item();
        assertEquals(AttributeValue.fromBool(true), sample.get("migrated"));
        assertEquals("Product sku-1", sample.get("name").s());
    }

    @Test
    void copiesOneItem() {
        stage(3);
        TableCopy<Product> copy = TableCopy.of(staging, prod);
        assertTrue(copy.copyItem(ProductTable.MAPPER.keyOf(product("s1", "sku-1"))));
        assertFalse(copy.copyItem(ProductTable.MAPPER.keyOf(product("s1", "none"))));
        assertEquals(1, prod.count());
    }

    @Test
    void failsNamingAMissingSource() {
        ItemTable missing = new ItemTable(dynamo, "staging_nothing", "id", null);
        TableNotFoundException e = assertThrows(TableNotFoundException.class,
                () -> TableCopy.items(missing, ItemTable.of(prod)).run());
        assertEquals("staging_nothing", e.table());
    }

    private static Map<String, AttributeValue> withAttribute(Map<String, AttributeValue> item, String name,
            AttributeValue value) {
        Map<String, AttributeValue> copy = new java.util.HashMap<>(item);
        copy.put(name, value);
        return copy;
    }
}
