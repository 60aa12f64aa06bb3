package dev.dynamoobjects.it.batch;

import static dev.dynamoobjects.it.batch.BatchWriteTest.products;
import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchGet;
import dev.dynamoobjects.batch.BatchGetException;
import dev.dynamoobjects.batch.BatchGetResult;
import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.it.example.ImmutableProduct;
import dev.dynamoobjects.it.example.Product;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.it.testing.InstrumentedClient;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.ItemKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoTest
class BatchGetTest {
    DynamoDbClient dynamo;
    private InstrumentedClient instrumented;
    private ProductTable products;
    private ProductTable archive;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void setUp() {
        instrumented = InstrumentedClient.wrap(dynamo);
        DynamoDbClient client = instrumented.client();
        products = new ProductTable(DynamoDatabase.of(client));
        archive = new ProductTable(DynamoDatabase.builder().client(client).tablePrefix("archive_").build());
    }

    private static List<ItemKey<Product>> keys(ProductTable table, List<ImmutableProduct> records) {
        return records.stream().map(table::keyOf).toList();
    }

    private static List<Map<String, AttributeValue>> keyMaps(List<ImmutableProduct> records) {
        return records.stream().map(ProductTable.MAPPER::keyOf).toList();
    }

    @Test
    void readsInChunksOfAHundredAcrossTablesOnceEachKey() {
        List<ImmutableProduct> stored = products(250);
        new BatchWrite().save(products, stored).execute();
        new BatchWrite().save(archive, product("s9", "old")).execute();
        instrumented.reset();
        List<ItemKey<Product>> wanted = new ArrayList<>(keys(products, stored));
        wanted.addAll(keys(products, stored.subList(0, 50)));          // asked twice: read once
        wanted.add(products.keyOf("s1", "missing"));

        BatchGetResult result = new BatchGet()
                .add(wanted)
                .add(archive.keyOf("s9", "old"), archive.keyOf("s9", "gone"))
                .execute();

        assertEquals(3, instrumented.requests("BatchGetItem"), "ceil(253 distinct keys / 100)");
        assertEquals(stored, result.records(products), "in the order the keys were given");
        assertEquals(List.of(product("s9", "old")), result.records(archive));
        assertEquals(keyMaps(List.of(product("s1", "missing"))), result.missingKeys(products.tableName()));
        assertEquals(keyMaps(List.of(product("s9", "gone"))), result.missingKeys(archive.tableName()));
        assertEquals(Optional.of(stored.get(7)), result.find(products.keyOf(stored.get(7))));
        assertEquals(Optional.<Product>empty(), result.find(archive.keyOf(stored.get(7))));
    }

    @Test
    void retriesUnprocessedAndThrottledKeysUntilAllAreRead() {
        List<ImmutableProduct> stored = products(500);
        new BatchWrite().save(products, stored).execute();
        instrumented.faults(1.0 / 3, 0.2);
        BatchGetResult result = new BatchGet().retry(BatchRetry.DEFAULT.withSleeper(pauses::add))
                .add(keys(products, stored)).execute();
        assertEquals(stored, result.records(products));
        assertTrue(result.missingKeys(products.tableName()).isEmpty());
        assertTrue(!pauses.isEmpty());
    }

    @Test
    void reportsUnreadKeysWithWhatWasRead() {
        List<ImmutableProduct> stored = products(150);
        new BatchWrite().save(products, stored).execute();
        archive.ensureExists();
        instrumented.stuck(archive.tableName());
        List<ImmutableProduct> archived = List.of(product("s9", "a"), product("s9", "b"));
        BatchGet batch = new BatchGet().retry(BatchRetry.DEFAULT.withMaxAttempts(2).withSleeper(pauses::add))
                .add(keys(products, Stream.concat(stored.stream(), Stream.of(product("s1", "missing"))).toList()))
                .add(keys(archive, archived));

        BatchGetException e = assertThrows(BatchGetException.class, batch::execute);

        assertEquals(Map.of(archive.tableName(), keyMaps(archived)), e.unreadKeys());
        assertEquals(stored, e.partialResult().records(products));
        assertEquals(keyMaps(List.of(product("s1", "missing"))), e.partialResult().missingKeys(products.tableName()));
        assertEquals(List.of(), e.partialResult().missingKeys(archive.tableName()), "unread is not missing");
        assertEquals(archive.tableName(), e.table());
        assertEquals(4, e.stats().requests());
        assertTrue(e.getMessage().startsWith("BatchGetItem did 151 of 153 key reads in " + e.stats() + "; 2 were not done, DynamoDB"
                + " leaving every item of 2 requests in a row unprocessed: archive_product {sku=\"a\", storeId=\"s9\"},"
                + " archive_product {sku=\"b\", storeId=\"s9\"}. The exception lists them all"), e.getMessage());
    }
}
