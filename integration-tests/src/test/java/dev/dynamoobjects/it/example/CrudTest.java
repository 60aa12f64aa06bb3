package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoTest
class CrudTest {
    DynamoDbClient dynamo;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        products = new ProductTable(DynamoDatabase.of(dynamo));
    }

    @Test
    void savedRecordReadsBackEqual() {
        ImmutableProduct shoe = product("s1", "shoe-1");
        products.save(shoe);
        assertEquals(shoe, products.get("s1", "shoe-1"));
        assertEquals(Optional.of(shoe), products.find("s1", "shoe-1"));
    }

    @Test
    void getOfMissingKeyThrowsNamingTableAndKey() {
        RecordNotFoundException e = assertThrows(RecordNotFoundException.class, () -> products.get("s1", "nope"));
        assertEquals(products.tableName(), e.table());
        assertEquals(Map.of("storeId", AttributeValue.fromS("s1"), "sku", AttributeValue.fromS("nope")), e.key());
        assertTrue(e.getMessage().contains("{sku=\"nope\", storeId=\"s1\"}"), e.getMessage());
        assertTrue(e.getMessage().contains(products.tableName()), e.getMessage());
    }

    @Test
    void findOfMissingKeyIsEmpty() {
        assertEquals(Optional.empty(), products.find("s1", "nope"));
    }

    @Test
    void getOrDefaultOfMissingKeyHasKeyAndDefaults() {
        Product fresh = products.getOrDefault("s1", "new-1");
        assertEquals("s1", fresh.storeId());
        assertEquals("new-1", fresh.sku());
        assertEquals("NEW", fresh.status());
        assertEquals(List.of(), fresh.history());
        assertEquals(0, fresh.stock());
        assertFalse(products.find("s1", "new-1").isPresent(), "getOrDefault does not write");
    }

    @Test
    void getOrDefaultOfStoredKeyIsTheStoredRecord() {
        ImmutableProduct shoe = product("s1", "shoe-1").toBuilder().status("SOLD").build();
        products.save(shoe);
        assertEquals(shoe, products.getOrDefault("s1", "shoe-1"));
    }

    @Test
    void deleteReturnsTheDeletedRecordThenEmpty() {
        ImmutableProduct shoe = product("s1", "shoe-1");
        products.save(shoe);
        assertEquals(Optional.of(shoe), products.delete("s1", "shoe-1"));
        assertEquals(Optional.empty(), products.find("s1", "shoe-1"));
        assertEquals(Optional.empty(), products.delete("s1", "shoe-1"));
    }

    @Test
    void deleteByRecordUsesItsKey() {
        ImmutableProduct shoe = product("s1", "shoe-1");
        products.save(shoe);
        assertEquals(Optional.of(shoe), products.delete(shoe.withName("ignored")));
        assertEquals(Optional.empty(), products.find("s1", "shoe-1"));
    }

    @Test
    void conditionalDeleteKeepsItemWhenConditionFails() {
        products.save(product("s1", "shoe-1"));
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> products.delete("s1", "shoe-1", ProductTable.STOCK.eq(0)));
        assertTrue(e.getMessage().contains("stock = 0"), e.getMessage());
        assertTrue(products.find("s1", "shoe-1").isPresent());
        assertEquals(Optional.of(product("s1", "shoe-1")),
                products.delete("s1", "shoe-1", ProductTable.STOCK.eq(5)));
    }

    @Test
    void putReturnsTheReplacedRecord() {
        ImmutableProduct first = product("s1", "shoe-1");
        ImmutableProduct second = first.withName("Renamed");
        assertEquals(Optional.empty(), products.put(first));
        assertEquals(Optional.of(first), products.put(second));
        assertEquals(second, products.get("s1", "shoe-1"));
    }

    @Test
    void conditionalSaveFailsWithTheCurrentItem() {
        ImmutableProduct stored = product("s1", "shoe-1");
        products.save(stored);
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> products.save(stored.withStock(9), ProductTable.STOCK.eq(4)));
        assertEquals(products.tableName(), e.table());
        assertEquals(Map.of("storeId", AttributeValue.fromS("s1"), "sku", AttributeValue.fromS("shoe-1")), e.key());
        assertEquals(stored, ProductTable.MAPPER.fromItem(e.currentItem().orElseThrow()));
        assertEquals(stored, products.get("s1", "shoe-1"));
    }

    @Test
    void conditionalSaveWritesWhenConditionHolds() {
        products.save(product("s1", "shoe-1"));
        products.save(product("s1", "shoe-1").withStock(9), ProductTable.STOCK.eq(5));
        assertEquals(9, products.get("s1", "shoe-1").stock());
    }

    @Test
    void createRefusesAnExistingKey() {
        products.create(product("s1", "shoe-1"));
        ConditionFailedException e = assertThrows(ConditionFailedException.class,
                () -> products.create(product("s1", "shoe-1").withName("Other")));
        assertTrue(e.currentItem().isPresent());
        assertEquals("Product shoe-1", products.get("s1", "shoe-1").name());
    }

    @Test
    void findItemReturnsTheRawItem() {
        products.save(product("s1", "shoe-1"));
        Map<String, AttributeValue> item = products.findItem(products.keyOf("s1", "shoe-1")).orElseThrow();
        assertEquals(AttributeValue.fromN("100"), item.get("price"));
        assertEquals(AttributeValue.fromS("NEW"), item.get("status"));
    }
}
