package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Updates;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class UpdateTest {
    DynamoDbClient dynamo;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        products = new ProductTable(DynamoDatabase.of(dynamo));
        products.save(product("s1", "shoe-1"));
    }

    @Test
    void setReplacesValuesAndReturnsTheNewRecord() {
        Product updated = products.update("s1", "shoe-1",
                ProductTable.NAME.set("Boot"), ProductTable.STATUS.set("SOLD"));
        assertEquals("Boot", updated.name());
        assertEquals("SOLD", updated.status());
        assertEquals(updated, products.get("s1", "shoe-1"));
    }

    @Test
    void setIfAbsentKeepsAnExistingValue() {
        products.update("s1", "shoe-1", ProductTable.NAME.setIfAbsent("Other"), ProductTable.HISTORY.remove());
        Product updated = products.update("s1", "shoe-1", ProductTable.HISTORY.setIfAbsent(List.of("first")));
        assertEquals("Product shoe-1", updated.name());
        assertEquals(List.of("first"), updated.history());
    }

    @Test
    void addToNumber() {
        assertEquals(2, products.update("s1", "shoe-1", ProductTable.STOCK.add(-3)).stock());
    }

    @Test
    void addToAndDeleteFromSet() {
        Product updated = products.update("s1", "shoe-1", ProductTable.TAGS.add("sale", "summer"));
        assertEquals(Set.of("new", "sale", "summer"), updated.tags());
        updated = products.update("s1", "shoe-1", ProductTable.TAGS.delete("new", "summer"));
        assertEquals(Set.of("sale"), updated.tags());
    }

    @Test
    void appendAndPrependToListEvenWhenMissing() {
        products.update("s1", "shoe-1", ProductTable.HISTORY.remove());
        assertEquals(List.of("made"), products.update("s1", "shoe-1", ProductTable.HISTORY.append("made")).history());
        products.update("s1", "shoe-1", ProductTable.HISTORY.append("sold", "shipped"));
        Product updated = products.update("s1", "shoe-1", ProductTable.HISTORY.prepend("designed"));
        assertEquals(List.of("designed", "made", "sold", "shipped"), updated.history());
    }

    @Test
    void removeDeletesTheAttribute() {
        Product updated = products.update("s1", "shoe-1", ProductTable.DIMENSIONS.remove());
        assertNull(updated.dimensions());
    }

    @Test
    void actionsOfEveryClauseInOneRequest() {
        Product updated = products.update("s1", "shoe-1",
                ProductTable.NAME.set("Boot"), ProductTable.STOCK.add(1), ProductTable.TAGS.delete("new"),
                ProductTable.DIMENSIONS.remove());
        assertEquals("Boot", updated.name());
        assertEquals(6, updated.stock());
        assertEquals(Set.of(), updated.tags());            // the set is gone: generated mappers read it as empty
        assertNull(updated.dimensions());
    }

    @Test
    void updateExpressionGroupsActionsByClauseWithPlaceholders() {
        List<Update<Product>> updates = List.of(ProductTable.NAME.set("Boot"), ProductTable.STOCK.add(1),
                ProductTable.DIMENSIONS.remove(), ProductTable.TAGS.delete("new"), ProductTable.NAME.setIfAbsent("x"));
        assertEquals("SET #a0 = :v0, #a0 = if_not_exists(#a0, :v3) REMOVE #a2 ADD #a1 :v1 DELETE #a3 :v2",
                Updates.render(updates, new ExpressionAttributes()));
    }

    @Test
    void updateOfAMissingItemCreatesIt() {
        Product created = products.update("s2", "new-1", ProductTable.NAME.set("Fresh"));
        assertEquals("Fresh", created.name());
        assertEquals("NEW", created.status(), "attributes not written take the record's defaults");
    }

    @Test
    void conditionalUpdateFailsWithoutWriting() {
        ConditionFailedException e = assertThrows(ConditionFailedException.class, () -> products.update(
                "s1", "shoe-1", ProductTable.STOCK.ge(10), ProductTable.STOCK.add(-10)));
        assertTrue(e.currentItem().isPresent());
        assertEquals(5, products.get("s1", "shoe-1").stock());
        assertEquals(0, products.update("s1", "shoe-1", ProductTable.STOCK.ge(5), ProductTable.STOCK.add(-5)).stock());
    }

    @Test
    void updateOfOnlyExistingItemsWithExistsCondition() {
        assertThrows(ConditionFailedException.class, () -> products.update(
                "s2", "missing", ProductTable.STORE_ID.exists(), ProductTable.NAME.set("x")));
        assertTrue(products.find("s2", "missing").isEmpty());
    }

    @Test
    void updateWithoutActionsIsRefused() {
        assertThrows(ValidationException.class, () -> products.update("s1", "shoe-1"));
    }

    @Test
    void incrementReturnsTheNewValueWithoutReading() {
        assertEquals(7, products.increment("s1", "shoe-1", ProductTable.STOCK, 2));
        assertEquals(4, products.increment("s1", "shoe-1", ProductTable.STOCK, -3));
        assertEquals(4, products.get("s1", "shoe-1").stock());
    }

    @Test
    void incrementOfAMissingItemStartsFromZero() {
        assertEquals(3, products.increment("s9", "counter", ProductTable.STOCK, 3));
    }
}
