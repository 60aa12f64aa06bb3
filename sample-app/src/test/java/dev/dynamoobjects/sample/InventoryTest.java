package dev.dynamoobjects.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The inventory's operations, asserted through what the tables hold afterwards. */
@DynamoTest
class InventoryTest {
    DynamoDbClient dynamo;
    Inventory inventory;

    @BeforeEach
    void stock() {
        inventory = new Inventory(DynamoDatabase.builder().client(dynamo).tablePrefix("test_").build());
        inventory.openStore("s1", "Corner", "Lyon");
        inventory.stock(product("s1", "hat-red", "hats", 1500, 2));
        inventory.stock(product("s1", "hat-blue", "hats", 2500, 1));
        inventory.stock(product("s1", "scarf", "scarves", 900, 4));
        inventory.stock(product("s2", "hat-straw", "hats", 1200, 1));
    }

    @Test
    void queriesBySortKeyAndByIndex() {
        assertEquals(List.of("hat-blue", "hat-red", "scarf"), skus(inventory.catalog("s1")));
        assertEquals(List.of("hat-blue", "hat-red"), skus(inventory.productLine("s1", "hat-")));
        assertEquals(List.of("hat-straw", "hat-red"), skus(inventory.cheaperThan("hats", 2000)));
    }

    @Test
    void sellsOnlyWhatIsInStock() {
        assertEquals(0, inventory.sell("s1", "hat-blue", 1).stock());
        assertThrows(ConditionFailedException.class, () -> inventory.sell("s1", "hat-blue", 1));
        assertThrows(ConditionFailedException.class, () -> inventory.sell("s1", "unknown", 1));
        Product blue = inventory.product("s1", "hat-blue");
        assertEquals(List.of(0, 1L), List.of(blue.stock(), blue.sold()));
    }

    @Test
    void countsVisits() {
        inventory.visit("s1");
        assertEquals(2, inventory.visit("s1"));
    }

    @Test
    void appliesATillReportWritingEachChangedProductOnce() {
        int written = inventory.applySales("s1", List.of(new Inventory.Sale("hat-red", 1),
                new Inventory.Sale("scarf", 3), new Inventory.Sale("hat-red", 5), new Inventory.Sale("gone", 1)));
        assertEquals(2, written);
        Product red = inventory.product("s1", "hat-red");
        assertEquals(List.of(0, 6L), List.of(red.stock(), red.sold()));
        assertEquals(1, inventory.product("s1", "scarf").stock());
    }

    @Test
    void discontinuesAProduct() {
        assertEquals("hat-straw", inventory.discontinue("s2", "hat-straw").orElseThrow().sku());
        assertEquals(Optional.empty(), inventory.discontinue("s2", "hat-straw"));
        assertEquals(List.of(), inventory.catalog("s2"));
    }

    private static Product product(String storeId, String sku, String category, long priceCents, int stock) {
        return ImmutableProduct.builder().storeId(storeId).sku(sku).name(sku).category(category)
                .priceCents(priceCents).stock(stock).build();
    }

    private static List<String> skus(List<Product> products) {
        return products.stream().map(Product::sku).toList();
    }
}
