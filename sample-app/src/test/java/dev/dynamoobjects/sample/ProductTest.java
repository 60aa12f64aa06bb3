package dev.dynamoobjects.sample;

// The README's "one test suite, several backends" block is this file between the snippet markers
// (ReadmeSnippetsTest).

// snippet: backends
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class ProductTest {
    DynamoDbClient client;            // injected: an empty DynamoDB for each test

    @Test
    void savesAndReads() {
        ProductTable products = new ProductTable(DynamoDatabase.builder().client(client).build());
        products.save(ImmutableProduct.builder().storeId("lyon-1").sku("hat-red").name("Red hat").build());
        assertEquals("Red hat", products.get("lyon-1", "hat-red").name());
    }
}
// end snippet
