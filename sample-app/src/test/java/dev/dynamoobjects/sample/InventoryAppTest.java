package dev.dynamoobjects.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The app's day, run as main runs it, then checked in the tables it leaves behind. */
@DynamoTest
class InventoryAppTest {
    @Test
    void runsADayOfTheInventory(DynamoDbClient dynamo) {
        DynamoDatabase db = DynamoDatabase.builder().client(dynamo).tablePrefix(InventoryApp.PREFIX).build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InventoryApp.run(db, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(List.of("sample_product", "sample_store"), dynamo.listTables().tableNames());
        ProductTable products = new ProductTable(db);
        assertEquals(List.of(0, 1L), stockAndSold(products.get("lyon-1", "hat-blue")));
        assertEquals(List.of(1, 2L), stockAndSold(products.get("lyon-1", "hat-red")));
        assertEquals(List.of(5, 5L), stockAndSold(products.get("lyon-1", "scarf-wool")));
        assertEquals(List.of(), products.query("paris-1").list());
        assertEquals(4, new StoreTable(db).get("lyon-1").visits());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Refused to sell another Blue hat"));
    }

    private static List<Number> stockAndSold(Product product) {
        return List.of(product.stock(), product.sold());
    }
}
