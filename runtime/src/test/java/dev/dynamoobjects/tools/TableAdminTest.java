package dev.dynamoobjects.tools;

import static dev.dynamoobjects.tools.ProvisionedTables.ON_DEMAND_PRODUCTS;
import static dev.dynamoobjects.tools.ProvisionedTables.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@DynamoTest
class TableAdminTest {
    DynamoDbClient dynamo;
    private TableAdmin staging;
    private TableAdmin prod;

    @BeforeEach
    void setUp() {
        staging = new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build());
        prod = new TableAdmin(DynamoDatabase.builder().client(dynamo).tablePrefix("prod_").build());
    }

    @Test
    void createsListsDescribesAndDeletesTheTablesOfAPrefix() {
        staging.create(ON_DEMAND_PRODUCTS);
        staging.create(ORDERS);
        prod.create(ORDERS);

        assertEquals(List.of("orders", "product"), staging.list());
        assertEquals(List.of("orders"), prod.list());
        assertEquals("ACTIVE", staging.describe("product").tableStatusAsString());

        staging.delete("product");
        assertEquals(List.of("orders"), staging.list());
        assertEquals(Optional.empty(), staging.find("product"));
        staging.delete("product");                               // gone already: no error
    }

    @Test
    void describeOfAMissingTableNamesIt() {
        TableNotFoundException e = assertThrows(TableNotFoundException.class, () -> staging.describe("nothing"));
        assertEquals("staging_nothing", e.table());
    }

    @Test
    void createsATableLikeAnother() {
        staging.create(ON_DEMAND_PRODUCTS);
        staging.create(ORDERS);
        prod.createLike(staging.describe("product"), "product");
        prod.createLike(staging.describe("orders"), "orders_copy");

        TableDescription product = prod.describe("product");
        TableDescription source = staging.describe("product");
        assertEquals(source.keySchema(), product.keySchema());
        assertEquals(source.attributeDefinitions().size(), product.attributeDefinitions().size());
        assertEquals("byCategory", product.globalSecondaryIndexes().get(0).indexName());
        assertEquals("byName", product.localSecondaryIndexes().get(0).indexName());
        assertEquals("PAY_PER_REQUEST", product.billingModeSummary().billingModeAsString());
        TableDescription orders = prod.describe("orders_copy");
        assertEquals(5, orders.provisionedThroughput().readCapacityUnits());
        assertEquals(2, orders.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
        assertTrue(TableAdmin.isActive(orders));
    }
}
