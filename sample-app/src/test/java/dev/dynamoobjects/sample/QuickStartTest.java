package dev.dynamoobjects.sample;

// The README's quick start is this file between the snippet markers (ReadmeSnippetsTest), so that it
// keeps compiling and running as written.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

// snippet: quick-start
import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.mock.junit.DynamoTest;   // dynamo-objects-mock, test scope
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest                                     // an empty in-memory DynamoDB for each test
class QuickStartTest {
    DynamoDbClient client;                      // injected; in production, DynamoDbClient.create()

    @Test
    void quickStart() {
        DynamoDatabase db = DynamoDatabase.builder()
                .client(client)
                .tablePrefix("dev_")                 // the table is dev_product
                .build();
        ProductTable products = new ProductTable(db); // created on first use

        products.save(ImmutableProduct.builder()
                .storeId("lyon-1").sku("hat-red").name("Red hat").category("hats")
                .priceCents(1500).stock(3).build());

        Product hat = products.get("lyon-1", "hat-red");
        List<Product> hats = products.query("lyon-1", ProductTable.SKU.beginsWith("hat-")).list();
        List<Product> cheap = products.queryByCategory("hats", ProductTable.PRICE_CENTS.lt(2000L)).list();

        Product sold = products.update("lyon-1", "hat-red",
                ProductTable.STOCK.ge(1),                            // only if in stock
                ProductTable.STOCK.add(-1), ProductTable.SOLD.add(1L));
        try {
            products.update("lyon-1", "hat-red", ProductTable.STOCK.ge(5), ProductTable.STOCK.add(-5));
        } catch (ConditionFailedException e) {
            System.out.println(e.getMessage());   // The condition stock >= 5 is false for the item ...
        }

        Optional<Product> deleted = products.delete("lyon-1", "hat-red");
        // end snippet

        assertEquals("Red hat", hat.name());
        assertEquals(List.of(hat), hats);
        assertEquals(List.of(hat), cheap);
        assertEquals(List.of(2, 1L), List.of(sold.stock(), sold.sold()));
        assertEquals(Optional.of(sold), deleted);
        assertEquals("dev_product", products.tableName());
        assertThrows(ConditionFailedException.class,
                () -> products.update("lyon-1", "hat-red", ProductTable.STOCK.ge(1), ProductTable.STOCK.add(-1)));
// snippet: quick-start
    }
}
// end snippet
