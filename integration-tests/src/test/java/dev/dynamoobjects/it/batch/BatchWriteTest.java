package dev.dynamoobjects.it.batch;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.BatchWriteException;
import dev.dynamoobjects.batch.ItemTable;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoTest
class BatchWriteTest {
    DynamoDbClient dynamo;
    private InstrumentedClient instrumented;
    private ProductTable products;
    private ProductTable archive;
    private final List<Duration> pauses = new ArrayList<>();
    private BatchRetry noWaiting;

    @BeforeEach
    void setUp() {
        instrumented = InstrumentedClient.wrap(dynamo);
        DynamoDbClient client = instrumented.client();
        products = new ProductTable(DynamoDatabase.of(client));
        archive = new ProductTable(DynamoDatabase.builder().client(client).tablePrefix("archive_").build());
        noWaiting = BatchRetry.DEFAULT.withSleeper(pauses::add);
    }

    static List<ImmutableProduct> products(int count) {
        return IntStream.range(0, count).mapToObj(i -> product("s1", "sku-" + i)).toList();
    }

    @Test
    void writesInChunksOfTwentyFiveAcrossTables() {
        products.ensureExists();
        archive.ensureExists();
        instrumented.reset();
        int written = new BatchWrite().save(products, products(60)).save(archive, products(15)).execute();
        assertEquals(75, written);
        assertEquals(3, instrumented.requests("BatchWriteItem"), "ceil(75 / 25)");
        assertEquals(60, products.count());
        assertEquals(15, archive.count());
    }

    @Test
    void laterWriteOfAKeyWins() {
        ImmutableProduct shoe = product("s1", "shoe");
        ImmutableProduct boot = product("s1", "boot");
        products.save(boot);
        BatchWrite batch = new BatchWrite()
                .save(products, shoe.withStock(1))
                .save(products, shoe.withStock(2))
                .save(products, product("s1", "boot"))
                .deleteRecords(products, List.of(boot));
        assertEquals(2, batch.size());
        batch.execute();
        assertEquals(2, products.get("s1", "shoe").stock());
        assertFalse(products.find("s1", "boot").isPresent());
    }

    @Test
    void deletesByKey() {
        new BatchWrite().save(products, products(30)).execute();
        List<ItemKey<Product>> keys = products(30).stream().map(products::keyOf).toList();
        new BatchWrite().delete(keys.subList(0, 20)).execute();
        assertEquals(10, products.count());
    }

    @Test
    void createsMissingTablesFirst() {
        new BatchWrite().save(products, product("s1", "shoe")).execute();
        assertEquals(product("s1", "shoe"), products.get("s1", "shoe"));
    }

    @Test
    void retriesUnprocessedAndThrottledWritesUntilAllAreWrittenOnce() {
        products.ensureExists();
        instrumented.faults(1.0 / 3, 0.2);
        List<ImmutableProduct> all = products(1000);
        assertEquals(1000, new BatchWrite().retry(noWaiting).save(products, all).execute());
        instrumented.faults(0, 0);
        assertEquals(1000, products.count());
        assertEquals(1000, instrumented.writesPerItem().size());
        assertTrue(instrumented.writesPerItem().values().stream().allMatch(n -> n == 1), "each item written once");
        assertFalse(pauses.isEmpty(), "waited before retrying");
    }

    @Test
    void reportsEveryWriteStillUnprocessedAfterTheLastAttempt() {
        products.ensureExists();
        instrumented.faults(1, 0);
        BatchWrite batch = new BatchWrite().retry(noWaiting.withMaxAttempts(3)).save(products, products(30));
        BatchWriteException e = assertThrows(BatchWriteException.class, batch::execute);
        assertEquals(0, e.written());
        assertEquals(30, e.unwritten().get(products.tableName()).size());
        assertEquals(30, e.unwrittenKeys().get(products.tableName()).size());
        assertTrue(e.unwrittenKeys().get(products.tableName()).contains(ProductTable.MAPPER.keyOf(product("s1", "sku-29"))));
        assertEquals(new BatchStats(3, 1, e.stats().paused()), e.stats());
        assertTrue(e.getMessage().startsWith("BatchWriteItem did 0 of 30 writes in " + e.stats() + "; 30 were not done,"
                + " DynamoDB leaving every item of 3 requests in a row unprocessed: product {sku=\"sku-0\", storeId=\"s1\"}, "), e.getMessage());
        assertTrue(e.getMessage().contains("and 25 more"), e.getMessage());
        assertEquals(3, instrumented.requests("BatchWriteItem"), "three fruitless requests in a row");
        assertEquals(2, pauses.size(), "a pause before every retry");
    }

    @Test
    void interruptedPauseStopsAndListsWhatWasNotWritten() {
        products.ensureExists();
        instrumented.stuck(products.tableName());
        BatchRetry interrupted = BatchRetry.DEFAULT.withSleeper(pause -> {
            throw new InterruptedException();
        });
        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> new BatchWrite().retry(interrupted).save(products, products(30)).execute());
        assertTrue(Thread.interrupted(), "the thread stays interrupted");
        assertEquals(30, e.unwritten().get(products.tableName()).size());
        assertInstanceOf(InterruptedException.class, e.getCause().getCause());
    }

    @Test
    void stopsAtAnErrorThatIsNoThrottleAndListsWhatWasNotWritten() {
        ItemTable missing = new ItemTable(instrumented.client(), "no_such_table", "id", null);
        List<Map<String, AttributeValue>> items = IntStream.range(0, 30)
                .mapToObj(i -> Map.of("id", AttributeValue.fromS("id-" + i))).toList();
        BatchWriteException e = assertThrows(BatchWriteException.class,
                () -> new BatchWrite().retry(noWaiting).put(missing, items).execute());
        assertInstanceOf(TableNotFoundException.class, e.getCause());
        assertEquals(30, e.unwritten().get("no_such_table").size());
        assertEquals(1, instrumented.requests("BatchWriteItem"), "no retry of a missing table");
    }

    @Test
    void refusesAnItemWithoutItsKey() {
        ItemTable table = ItemTable.of(products);
        ValidationException e = assertThrows(ValidationException.class,
                () -> new BatchWrite().put(table, List.of(Map.of("storeId", AttributeValue.fromS("s1")))));
        assertEquals("An item or key for table product lacks its key attribute sku: give every item the table's key"
                + " (storeId and sku)", e.getMessage());
    }

    @Test
    void refusesTablesOfTwoClients() {
        ProductTable elsewhere = new ProductTable(DynamoDatabase.of(dynamo));
        ValidationException e = assertThrows(ValidationException.class, () -> new BatchWrite()
                .save(products, product("s1", "a")).save(elsewhere, product("s1", "b")));
        assertTrue(e.getMessage().contains("one batch goes to one client"), e.getMessage());
    }
}
