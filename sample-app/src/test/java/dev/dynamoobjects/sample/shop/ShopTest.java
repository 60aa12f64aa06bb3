package dev.dynamoobjects.sample.shop;

// The README's single-table section shows the regions between the snippet markers (ReadmeSnippetsTest),
// with the set-up they assume before them and checks after them.

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
// snippet: shop-transaction
import dev.dynamoobjects.transaction.Transaction;

// end snippet
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoTest
class ShopTest {
    DynamoDbClient client;
    private ShopTable shop;
    private final Instant monday = Instant.parse("2026-11-30T09:00:00Z");
    private final Instant friday = Instant.parse("2026-12-04T09:00:00Z");

    @BeforeEach
    void setUp() {
        shop = new ShopTable(DynamoDatabase.of(client));
    }

    @Test
    void entityTablesAndACollectionQuery() {
        Instant tuesday = Instant.parse("2026-12-01T09:00:00Z");
        // snippet: shop-api
        shop.customers().save(ImmutableCustomer.builder().customerId("c1").name("Ada").build());
        shop.orders().save(new Order("c1", monday, "o1", "OPEN", 1250));
        shop.orders().save(new Order("c1", tuesday, "o2", "SHIPPED", 900));

        Order o1 = shop.orders().get("c1", monday, "o1");            // keys from the entity's own attributes
        List<Order> thisWeek = shop.orders()
                .query("c1", OrderTable.placedAtBetween(monday, friday))   // typed by the template's parts
                .list();
        List<Order> open = shop.orders().queryByGsi1("OPEN").list();      // the overloaded index

        ShopTable.CustomerCollection c1 = shop.customerCollection("c1");  // one Query, several entity types
        Customer ada = c1.customers().get(0);
        List<Order> orders = c1.orders();                                 // in sort key order
        long cents = c1.all().stream().mapToLong(item -> ShopTable.visit(item, new ShopTable.Visitor<Long>() {
            public Long customer(Customer customer) { return 0L; }
            public Long order(Order order) { return order.totalCents(); }
            public Long orderLine(OrderLine line) { return 0L; }
        })).sum();
        // end snippet
        assertEquals("Ada", ada.name());
        assertEquals(List.of(o1, shop.orders().get("c1", tuesday, "o2")), orders);
        assertEquals(orders, thisWeek);
        assertEquals(List.of(o1), open);
        assertEquals(2150, cents);
        assertEquals(List.of(), c1.unknownItems());
    }

    @Test
    void aTransactionAcrossEntityTypes() {
        shop.customers().save(ImmutableCustomer.builder().customerId("c1").name("Ada").build());
        // snippet: shop-transaction
        Transaction.begin(shop.customers().database())
                .create(shop.orders(), new Order("c1", friday, "o3", "OPEN", 2000))
                .save(shop.orderLines(), ImmutableOrderLine.builder().orderId("o3").lineNo(1).sku("hat-red").quantity(2).build())
                .check(shop.customers().keyOf("c1"), CustomerTable.NAME.exists())
                .commit();                                                // all or nothing, across entity types
        // end snippet
        assertEquals(2000, shop.orders().get("c1", friday, "o3").totalCents());
        assertEquals(2, shop.orderLines().get("o3", 1).quantity());
    }
}
