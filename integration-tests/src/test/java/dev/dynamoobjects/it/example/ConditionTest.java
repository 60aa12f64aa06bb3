package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.DynamoType;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every kind of condition, evaluated by the backend on one stored product (see {@link Products}). */
@DynamoTest
class ConditionTest {
    DynamoDbClient dynamo;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        products = new ProductTable(DynamoDatabase.of(dynamo));
        products.save(product("s1", "shoe-1").toBuilder().history(List.of("made", "shipped")).build());
    }

    @Test
    void comparisons() {
        assertHolds(ProductTable.STOCK.eq(5), ProductTable.STOCK.eq(4));
        assertHolds(ProductTable.STOCK.ne(4), ProductTable.STOCK.ne(5));
        assertHolds(ProductTable.STOCK.lt(6), ProductTable.STOCK.lt(5));
        assertHolds(ProductTable.STOCK.le(5), ProductTable.STOCK.le(4));
        assertHolds(ProductTable.STOCK.gt(4), ProductTable.STOCK.gt(5));
        assertHolds(ProductTable.STOCK.ge(5), ProductTable.STOCK.ge(6));
        assertHolds(ProductTable.STOCK.between(5, 9), ProductTable.STOCK.between(6, 9));
        assertHolds(ProductTable.NAME.lt("Product z"), ProductTable.NAME.gt("Product z"));
        assertHolds(ProductTable.ACTIVE.eq(true), ProductTable.ACTIVE.eq(false));
    }

    @Test
    void sortKeyComparisonsWorkAsConditionsToo() {
        assertHolds(ProductTable.SKU.eq("shoe-1"), ProductTable.SKU.eq("shoe-2"));
        assertHolds(ProductTable.PRICE.between(100L, 100L), ProductTable.PRICE.gt(100L));
        assertHolds(ProductTable.SKU.beginsWith("shoe"), ProductTable.SKU.beginsWith("hat"));
    }

    @Test
    void inList() {
        assertHolds(ProductTable.STATUS.in("OLD", "NEW"), ProductTable.STATUS.in(List.of("OLD", "GONE")));
    }

    @Test
    void inWithoutValuesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ProductTable.STATUS.in(List.of()));
        assertTrue(e.getMessage().contains("status"), e.getMessage());
    }

    @Test
    void nullValueIsRefusedWithTheAlternatives() {
        ValidationException e = assertThrows(ValidationException.class, () -> ProductTable.NAME.eq(null));
        assertTrue(e.getMessage().contains("name.notExists()"), e.getMessage());
    }

    @Test
    void functions() {
        assertHolds(ProductTable.CATEGORY.beginsWith("sh"), ProductTable.CATEGORY.beginsWith("ha"));
        assertHolds(ProductTable.CATEGORY.contains("oe"), ProductTable.CATEGORY.contains("x"));
        assertHolds(ProductTable.TAGS.contains("new"), ProductTable.TAGS.contains("old"));
        assertHolds(ProductTable.HISTORY.contains("shipped"), ProductTable.HISTORY.contains("lost"));
        assertHolds(ProductTable.STATUS.exists(), ProductTable.STATUS.notExists());
        assertHolds(ProductTable.DIMENSIONS.hasType(DynamoType.M), ProductTable.DIMENSIONS.hasType(DynamoType.L));
        assertHolds(ProductTable.TAGS.hasType(DynamoType.SS), ProductTable.TAGS.hasType(DynamoType.NS));
    }

    @Test
    void sizes() {
        assertHolds(ProductTable.CATEGORY.size().eq(5), ProductTable.CATEGORY.size().ne(5));
        assertHolds(ProductTable.HISTORY.size().lt(3), ProductTable.HISTORY.size().le(1));
        assertHolds(ProductTable.TAGS.size().gt(0), ProductTable.TAGS.size().ge(2));
        assertHolds(ProductTable.DIMENSIONS.size().between(1, 1), ProductTable.DIMENSIONS.size().between(2, 3));
        assertHolds(ProductTable.NAME.size().gt(3), ProductTable.NAME.size().gt(30));
    }

    @Test
    void logic() {
        Condition<Product> yes = ProductTable.STOCK.eq(5);
        Condition<Product> no = ProductTable.STOCK.eq(4);
        assertHolds(yes.and(yes), yes.and(no));
        assertHolds(no.or(yes), no.or(no));
        assertHolds(no.not(), yes.not());
        assertHolds(no.and(yes).or(yes.and(yes)), yes.and(no.or(no)));
    }

    @Test
    void namesAndValuesAreAlwaysPlaceholders() {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String text = ProductTable.NAME.eq("x").and(ProductTable.STATUS.in("A", "B"))
                .or(ProductTable.NAME.size().gt(2)).render(attributes);
        assertEquals("((#a0 = :v0) AND (#a1 IN (:v1, :v2))) OR (size(#a0) > :v3)", text);
        assertEquals(Map.of("#a0", "name", "#a1", "status"), attributes.names());
        assertEquals(AttributeValue.fromS("B"), attributes.values().get(":v2"));
    }

    @Test
    void noPlaceholdersMeansNullMaps() {
        ExpressionAttributes attributes = new ExpressionAttributes();
        assertNull(attributes.names());
        assertNull(attributes.values());
    }

    @Test
    void toStringShowsNamesAndValues() {
        assertEquals("(name = \"x\") AND (NOT (stock < 3))",
                ProductTable.NAME.eq("x").and(ProductTable.STOCK.lt(3).not()).toString());
        assertEquals("attribute_type(tags, \"SS\")", ProductTable.TAGS.hasType(DynamoType.SS).toString());
    }

    @Test
    void conditionsWorkAsScanFilters() {
        products.save(product("s1", "hat-1").toBuilder().tags(Set.of("old")).build());
        assertEquals(List.of("hat-1"),
                products.scan().filter(ProductTable.TAGS.contains("old")).stream().map(Product::sku).toList());
    }

    private void assertHolds(Condition<Product> holds, Condition<Product> fails) {
        // A condition that holds lets the write through; one that fails raises.
        products.save(products.get("s1", "shoe-1"), holds);
        assertThrows(ConditionFailedException.class,
                () -> products.save(products.get("s1", "shoe-1"), fails), fails::toString);
    }
}
