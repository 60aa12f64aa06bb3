package dev.dynamoobjects.it.singletable;

import static dev.dynamoobjects.it.singletable.SingleTableTest.MONDAY;
import static dev.dynamoobjects.it.singletable.SingleTableTest.TUESDAY;
import static dev.dynamoobjects.it.singletable.SingleTableTest.customer;
import static dev.dynamoobjects.it.singletable.SingleTableTest.line;
import static dev.dynamoobjects.it.singletable.SingleTableTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.tools.ImportException;
import dev.dynamoobjects.tools.TableAdmin;
import dev.dynamoobjects.tools.TableCopy;
import dev.dynamoobjects.tools.TableExport;
import dev.dynamoobjects.tools.TableImport;
import dev.dynamoobjects.tools.ThroughputScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Copy, export, import and the throughput scope on a single table, as a user would run them. */
@DynamoTest
class SingleTableToolsTest {
    private static final Map<String, AttributeValue> WISHLIST = Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"),
            "sk", AttributeValue.fromS("WISHLIST"), "type", AttributeValue.fromS("wishlist"));

    DynamoDbClient dynamo;
    private ShopTable staging;
    private ShopTable prod;

    @BeforeEach
    void setUp() {
        staging = new ShopTable(DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build());
        prod = new ShopTable(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
        staging.customers().save(customer("c1", "Ada"));
        staging.orders().save(order("c1", MONDAY, "o1"));
        staging.orders().save(order("c1", TUESDAY, "o2"));
        staging.orderLines().save(line("o1", 1));
        dynamo.putItem(r -> r.tableName(staging.customers().tableName()).item(WISHLIST));
    }

    @Test
    void aCopyOfOneEntityTableCopiesThatEntitysItemsOnly() {
        long copied = TableCopy.of(staging.orders(), prod.orders()).transform(o -> o.withTotal(o.totalCents() * 2)).run();

        assertEquals(2, copied);
        assertEquals(List.of(2500L, 2500L), prod.orders().query("c1").list().stream().map(Order::totalCents).toList());
        assertEquals(0, prod.customers().count());
        assertEquals(0, prod.orderLines().count());
        assertTrue(TableCopy.of(staging.orders(), prod.orders()).copyItem(staging.orders().keyOf("c1", MONDAY, "o1").key()));
        assertEquals(false, TableCopy.of(staging.orders(), prod.orders()).copyItem(staging.customers().keyOf("c1").key()),
                "a customer's key read through the orders' copy is not an order");
    }

    @Test
    void aCopyOfTheWholeTableSeesEntitiesAndKeepsUnknownTypesAsStored() {
        // snippet: single-table-copy
        long copied = TableCopy.of(staging, prod)                    // two ShopTables: the whole table
                .filter(entity -> !(entity instanceof OrderLine))   // each item seen as its entity
                .run();
        TableCopy.of(staging.orders(), prod.orders())               // one entity type: its items only
                .transform(order -> order.withTotal(order.totalCents() * 2))
                .run();
        // end snippet

        assertEquals(4, copied);
        ShopTable.CustomerCollection c1 = prod.customerCollection("c1");
        assertEquals(List.of("Ada"), c1.customers().stream().map(Customer::name).toList());
        assertEquals(List.of(2500L, 2500L), c1.orders().stream().map(Order::totalCents).toList());
        assertEquals(List.of(WISHLIST), c1.unknownItems());
        assertEquals(0, prod.orderLines().count());
    }

    @Test
    void anEntityTablesExportHoldsItsItemsAndImportsBackIntoItsTable() throws IOException {
        ByteArrayOutputStream orders = new ByteArrayOutputStream();
        assertEquals(2, TableExport.of(staging.orders()).to(orders));

        assertEquals(2, TableImport.into(prod.orders()).from(new ByteArrayInputStream(orders.toByteArray()), "orders"));
        assertEquals(staging.orders().query("c1").list(), prod.orders().query("c1").list());
        assertEquals(0, prod.customers().count());
    }

    @Test
    void theWholeTableIsExportedByItsNameAndALineOfAnotherTypeIsABadLineForAnEntityTable() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertEquals(5, TableExport.of(dynamo, staging.customers().tableName()).to(all));

        ImportException wrongType = assertThrows(ImportException.class, () -> TableImport.into(prod.orders())
                .from(new ByteArrayInputStream(all.toByteArray()), "shop"));
        assertTrue(wrongType.getMessage().contains("not of the entity type"), wrongType.getMessage());
        assertEquals(5, TableImport.into(dynamo, prod.customers().tableName())
                .from(new ByteArrayInputStream(all.toByteArray()), "shop"));
        assertEquals(1, prod.customerCollection("c1").unknownItems().size());
    }

    @Test
    void aSingleTableIsOnDemandSoTheThroughputScopeLeavesItAlone() {
        TableAdmin admin = new TableAdmin(staging.customers().database());
        try (ThroughputScope raised = ThroughputScope.raise(admin, 100, 100, List.of("shop"))) {
            assertEquals(List.of(), raised.raised());
        }
    }
}
