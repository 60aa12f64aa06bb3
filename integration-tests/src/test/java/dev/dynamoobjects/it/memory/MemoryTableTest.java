package dev.dynamoobjects.it.memory;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.batch.BatchRetry;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.batch.BatchWriteException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.it.example.ImmutableProduct;
import dev.dynamoobjects.it.example.Product;
import dev.dynamoobjects.it.example.ProductMemoryTable;
import dev.dynamoobjects.it.example.ProductTable;
import dev.dynamoobjects.it.table.CounterMemoryTable;
import dev.dynamoobjects.it.table.CounterTable;
import dev.dynamoobjects.it.table.ImmutableCounter;
import dev.dynamoobjects.it.testing.InstrumentedClient;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class MemoryTableTest {
    private static final BatchRetry NO_WAITING = BatchRetry.DEFAULT.withSleeper(pause -> { });

    DynamoDbClient dynamo;
    private InstrumentedClient instrumented;
    private ProductTable products;

    @BeforeEach
    void setUp() {
        instrumented = InstrumentedClient.wrap(dynamo);
        products = new ProductTable(DynamoDatabase.of(instrumented.client()));
        products.ensureExists();
    }

    private static List<String> skus(int count) {
        return IntStream.range(0, count).mapToObj(i -> "sku-" + i).toList();
    }

    private void store(List<String> skus) {
        new BatchWrite().save(products, skus.stream().map(sku -> product("s1", sku)).toList()).execute();
        instrumented.reset();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20})
    void jobTouchingKKeysNTimesCostsOneBatchGetPerHundredAndOneBatchWritePerTwentyFiveChanged(int n) {
        List<String> skus = skus(250);
        store(skus.subList(0, 200));                            // 50 of the keys have no item yet
        try (ProductMemoryTable memory = new ProductMemoryTable(products)) {
            memory.preload("s1", skus);
            for (int round = 0; round < n; round++) {
                for (int i = 0; i < skus.size(); i++) {
                    String sku = skus.get(i);
                    Product current = memory.getOrDefault("s1", sku);
                    if (i % 5 != 0) {                              // a fifth of the keys are only read
                        memory.save(ImmutableProduct.builder().storeId("s1").sku(sku).name("n").category("c")
                                .price(current.price() + 1).stock(round).active(true).build());
                    }
                }
            }
            int changed = memory.changedCount();
            assertEquals(changed, memory.flush());
            assertEquals(3, instrumented.requests("BatchGetItem"), "ceil(250 / 100)");
            assertEquals((changed + 24) / 25, instrumented.requests("BatchWriteItem"), "ceil(changed / 25)");
            assertEquals(0, instrumented.requests("GetItem") + instrumented.requests("PutItem"));
        }
        assertEquals(n, products.get("s1", "sku-1").price() - 100);
    }

    @Test
    void readsEachKeyOnceAndRemembersMisses() {
        store(List.of("a"));
        ProductMemoryTable memory = new ProductMemoryTable(products);
        assertEquals(product("s1", "a"), memory.get("s1", "a"));
        assertEquals(product("s1", "a"), memory.get("s1", "a"));
        assertEquals(Optional.empty(), memory.find("s1", "none"));
        assertThrows(RecordNotFoundException.class, () -> memory.get("s1", "none"));
        assertEquals("NEW", memory.getOrDefault("s1", "none").status());
        assertEquals(2, instrumented.requests("GetItem"));
    }

    @Test
    void preloadReadsOnlyKeysNotInMemory() {
        store(skus(150));
        ProductMemoryTable memory = new ProductMemoryTable(products);
        memory.get("s1", "sku-0");
        memory.preload("s1", skus(150));
        memory.preload("s1", skus(150));
        assertEquals(2, instrumented.requests("BatchGetItem"), "149 keys, read once");
        assertEquals(product("s1", "sku-149"), memory.get("s1", "sku-149"));
    }

    @Test
    void savesAndDeletesChangeMemoryOnlyUntilFlush() {
        store(List.of("a", "b"));
        ProductMemoryTable memory = new ProductMemoryTable(products);
        memory.save(product("s1", "c"));
        memory.delete("s1", "a");
        assertEquals(product("s1", "c"), memory.get("s1", "c"), "saved, never read");
        assertEquals(Optional.empty(), memory.find("s1", "a"));
        assertEquals(0, instrumented.requests("GetItem"));
        assertEquals(2, products.count(), "nothing written yet");

        assertEquals(2, memory.flush());
        assertEquals(Optional.empty(), products.find("s1", "a"));
        assertEquals(Optional.of(product("s1", "c")), products.find("s1", "c"));
        assertEquals(0, memory.flush(), "nothing changed since");
    }

    @Test
    void flushWritesOnlyRecordsThatDifferFromWhatWasRead() {
        store(skus(10));
        ProductMemoryTable memory = new ProductMemoryTable(products);
        memory.preload("s1", skus(10));
        memory.save(((ImmutableProduct) memory.get("s1", "sku-1")).withStock(0));
        memory.save(product("s1", "sku-2"));                      // equal to the stored one
        memory.save(((ImmutableProduct) memory.get("s1", "sku-3")).withStock(9));
        memory.save(((ImmutableProduct) memory.get("s1", "sku-3")).withStock(5));      // back to the stored value
        assertEquals(1, memory.changedCount());
        assertEquals(1, memory.flush());
    }

    @Test
    void closeFlushesAndDiscardDropsTheChanges() {
        try (ProductMemoryTable memory = new ProductMemoryTable(products)) {
            memory.save(product("s1", "kept"));
        }
        try (ProductMemoryTable memory = new ProductMemoryTable(products)) {
            memory.save(product("s1", "dropped"));
            memory.discard();
        }
        assertTrue(products.find("s1", "kept").isPresent());
        assertFalse(products.find("s1", "dropped").isPresent());
    }

    @Test
    void failedFlushKeepsEveryUnwrittenRecordChangedSoTheNextFlushFinishes() {
        ProductMemoryTable memory = new ProductMemoryTable(products, NO_WAITING.withMaxAttempts(2));
        skus(100).forEach(sku -> memory.save(product("s1", sku)));
        instrumented.stuckAfter(2);

        BatchWriteException e = assertThrows(BatchWriteException.class, memory::flush);

        assertEquals(50, e.written());
        assertEquals(50, memory.changedCount());
        instrumented.healed();
        assertEquals(50, memory.flush());
        assertEquals(100, products.count());
        assertEquals(100, instrumented.writesPerItem().size());
        assertTrue(instrumented.writesPerItem().values().stream().allMatch(n -> n == 1), "each written once");
    }

    @Test
    void flushOfTenThousandRecordsUnderFaultsLosesNoneAndWritesEachOnce() {
        ProductMemoryTable memory = new ProductMemoryTable(products, NO_WAITING);
        skus(10_000).forEach(sku -> memory.save(product("s1", sku)));
        instrumented.faults(1.0 / 3, 0.1);

        assertEquals(10_000, memory.flush());

        instrumented.healed();
        assertEquals(0, memory.changedCount());
        assertEquals(10_000, products.count());
        assertEquals(10_000, instrumented.writesPerItem().size());
        assertTrue(instrumented.writesPerItem().values().stream().allMatch(n -> n == 1), "each written once");
    }

    @Test
    void partitionKeyOnlyTable() {
        CounterTable counters = new CounterTable(DynamoDatabase.of(dynamo));
        counters.increment(1L, CounterTable.HITS, 5);
        CounterMemoryTable memory = new CounterMemoryTable(counters);
        memory.preload(List.of(1L, 2L));
        memory.save(ImmutableCounter.copyOf(memory.get(1L)).withHits(6));
        memory.save(ImmutableCounter.copyOf(memory.getOrDefault(2L)).withHits(1));
        assertEquals(2, memory.flush());
        assertEquals(List.of(6L, 1L), List.of(counters.get(1L).hits(), counters.get(2L).hits()));
    }
}
