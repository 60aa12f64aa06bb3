package dev.dynamoobjects.it.singletable;

import static dev.dynamoobjects.it.singletable.SingleTableTest.MONDAY;
import static dev.dynamoobjects.it.singletable.SingleTableTest.TUESDAY;
import static dev.dynamoobjects.it.singletable.SingleTableTest.customer;
import static dev.dynamoobjects.it.singletable.SingleTableTest.line;
import static dev.dynamoobjects.it.singletable.SingleTableTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.batch.BatchGet;
import dev.dynamoobjects.batch.BatchGetResult;
import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.transaction.Transaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Transactions, batches and memory tables take entity tables as any generated table. */
@DynamoTest
class SingleTableOperationsTest {
    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private ShopTable shop;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        shop = new ShopTable(db);
    }

    @Test
    void aTransactionWritesSeveralEntityTypesOfTheTableAtOnce() {
        Customer ada = shop.customers().save(customer("c1", "Ada"));
        Transaction.begin(db)
                .create(shop.orders(), order("c1", MONDAY, "o1"))
                .save(shop.orderLines(), line("o1", 1))
                .update(shop.customers().keyOf("c1"), CustomerTable.NAME.set("Ada L."))
                .commit();
        assertEquals(order("c1", MONDAY, "o1"), shop.orders().get("c1", MONDAY, "o1"));
        assertEquals(line("o1", 1), shop.orderLines().get("o1", 1));
        assertEquals("Ada L.", shop.customers().get("c1").name());

        Transaction duplicate = Transaction.begin(db)
                .create(shop.orders(), order("c1", MONDAY, "o1"))
                .save(shop.orderLines(), line("o1", 2));
        assertThrows(TransactionCanceledException.class, duplicate::commit);
        assertEquals(Optional.empty(), shop.orderLines().find("o1", 2), "all or nothing");
        assertEquals(ada.version() + 1, shop.customers().get("c1").version());
    }

    @Test
    void aBatchReadSortsTheItemsOfEachEntityType() {
        shop.customers().save(customer("c1", "Ada"));     // versioned: a batch write refuses it
        new BatchWrite().save(shop.orderLines(), line("o1", 1))
                .save(shop.orders(), order("c1", MONDAY, "o1"))
                .save(shop.orders(), order("c1", TUESDAY, "o2"))
                .execute();
        BatchGetResult result = new BatchGet()
                .add(shop.customers().keyOf("c1"), shop.orders().keyOf("c1", MONDAY, "o1"),
                        shop.orders().keyOf("c1", TUESDAY, "o2"), shop.orders().keyOf("c1", TUESDAY, "none"),
                        shop.orderLines().keyOf("o1", 1))
                .execute();
        assertEquals(List.of(line("o1", 1)), result.records(shop.orderLines()));
        assertEquals(List.of("Ada"), result.records(shop.customers()).stream().map(Customer::name).toList());
        assertEquals(List.of(order("c1", MONDAY, "o1"), order("c1", TUESDAY, "o2")), result.records(shop.orders()));
        assertEquals(Optional.of(order("c1", TUESDAY, "o2")), result.find(shop.orders().keyOf("c1", TUESDAY, "o2")));
    }

    @Test
    void aMemoryTableReadsOnceAndFlushesEntityItems() {
        shop.orderLines().save(line("o1", 1));
        try (OrderLineMemoryTable lines = new OrderLineMemoryTable(shop.orderLines())) {
            lines.preload("o1", List.of(1, 2));
            lines.save(ImmutableOrderLine.copyOf(lines.get("o1", 1)).withQuantity(5));
            lines.save(line("o1", 2));
            assertEquals(2, lines.flush());
        }
        assertEquals(5, shop.orderLines().get("o1", 1).quantity());
        assertEquals(line("o1", 2), shop.orderLines().get("o1", 2));
    }
}
