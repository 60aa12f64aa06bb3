package dev.dynamoobjects.it.example;

import static dev.dynamoobjects.it.example.Products.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Generated tables on a database: prefixes, creation on first use, creation up front. */
@DynamoTest
class DatabaseTest {
    DynamoDbClient dynamo;

    @Test
    void firstUseCreatesTheTableWithKeysAndIndexes() {
        ProductTable products = new ProductTable(DynamoDatabase.of(dynamo));
        products.save(product("s1", "shoe-1"));

        TableDescription table = describe(products.tableName());
        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertEquals(List.of(key("storeId", KeyType.HASH), key("sku", KeyType.RANGE)), table.keySchema());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        GlobalSecondaryIndexDescription byCategory = table.globalSecondaryIndexes().get(0);
        assertEquals("byCategory", byCategory.indexName());
        assertEquals(List.of(key("category", KeyType.HASH), key("price", KeyType.RANGE)), byCategory.keySchema());
        assertEquals(ProjectionType.ALL, byCategory.projection().projectionType());
        LocalSecondaryIndexDescription byName = table.localSecondaryIndexes().get(0);
        assertEquals(List.of(key("storeId", KeyType.HASH), key("name", KeyType.RANGE)), byName.keySchema());
    }

    @Test
    void provisionedSchemaCreatesProvisionedTableAndIndexes() {
        TableSchema schema = new TableSchema("events", new KeyAttribute("id", ScalarType.N), null,
                List.of(new IndexSchema("byKind", true, new KeyAttribute("kind", ScalarType.S), null,
                        Projection.INCLUDE, List.of("payload"), 0, 0)),
                7, 3);
        DynamoDatabase db = DynamoDatabase.of(dynamo);
        db.createMissingTables(List.of(schema));

        TableDescription table = describe(db.physicalName("events"));
        assertEquals(7L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(3L, table.provisionedThroughput().writeCapacityUnits());
        GlobalSecondaryIndexDescription byKind = table.globalSecondaryIndexes().get(0);
        assertEquals(ProjectionType.INCLUDE, byKind.projection().projectionType());
        assertEquals(List.of("payload"), byKind.projection().nonKeyAttributes());
        assertEquals(7L, byKind.provisionedThroughput().readCapacityUnits(), "an index without figures shares the table's");
    }

    @Test
    void prefixIsPartOfThePhysicalNameOnly() {
        DynamoDatabase db = DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build();
        ProductTable products = new ProductTable(db);
        assertEquals("staging_product", products.tableName());
        assertEquals("product", products.schema().tableName());
    }

    @Test
    void databasesWithDifferentPrefixesDoNotSeeEachOthersData() {
        ProductTable dev = new ProductTable(DynamoDatabase.builder().client(dynamo).tablePrefix("dev_").build());
        ProductTable staging = new ProductTable(DynamoDatabase.builder().client(dynamo).tablePrefix("staging_").build());
        dev.save(product("s1", "shoe-1"));
        assertEquals(Optional.empty(), staging.find("s1", "shoe-1"));
        assertTrue(dev.find("s1", "shoe-1").isPresent());
        assertEquals(1, dev.count());
        assertEquals(0, staging.count());
        assertEquals(List.of("dev_product", "staging_product"), dynamo.listTables().tableNames());
    }

    @Test
    void withoutAutomaticCreationAMissingTableIsReported() {
        DynamoDatabase db = DynamoDatabase.builder()
                .client(dynamo).createTables(false).build();
        ProductTable products = new ProductTable(db);
        TableNotFoundException e = assertThrows(TableNotFoundException.class, () -> products.find("s1", "a"));
        assertEquals(products.tableName(), e.table());
        assertTrue(e.getMessage().contains("createMissingTables"), e.getMessage());

        db.createMissingTables(List.of(ProductTable.SCHEMA, AccountTable.SCHEMA));
        assertEquals(Optional.empty(), products.find("s1", "a"));
        assertEquals(List.of("account", "product"), dynamo.listTables().tableNames());
    }

    @Test
    void createMissingTablesLeavesExistingTablesAlone() {
        DynamoDatabase db = DynamoDatabase.of(dynamo);
        ProductTable products = new ProductTable(db);
        products.save(product("s1", "shoe-1"));
        db.createMissingTables(List.of(ProductTable.SCHEMA));
        assertTrue(products.find("s1", "shoe-1").isPresent());
    }

    @Test
    void concurrentFirstUsesCreateTheTableOnce() throws Exception {
        CountingClient client = new CountingClient(dynamo);
        DynamoDatabase db = DynamoDatabase.of(client);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Product>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Optional<Product>> firstUse = () -> new ProductTable(db).find("s1", "a");
                results.add(pool.submit(firstUse));
            }
            for (Future<Optional<Product>> result : results) {
                assertFalse(result.get().isPresent());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, client.creates.get());
        assertEquals(List.of("product"), dynamo.listTables().tableNames());
        int describesAfterCreation = client.describes.get();
        new ProductTable(db).find("s1", "b");
        assertEquals(describesAfterCreation, client.describes.get(), "a known table is not described again");
    }

    @Test
    void invalidPrefixIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> DynamoDatabase.builder().tablePrefix("dev prefix/"));
        assertTrue(e.getMessage().contains("dev prefix/"), e.getMessage());
    }

    @Test
    void fromEnvironmentReadsSystemProperties() {
        System.setProperty("dynamo.objects.endpoint", "http://localhost:1");
        System.setProperty("dynamo.objects.tablePrefix", "ci_");
        System.setProperty("dynamo.objects.createTables", "false");
        try (DynamoDatabase db = DynamoDatabase.fromEnvironment()) {
            assertEquals("ci_", db.tablePrefix());
            assertFalse(db.createsTables());
            assertEquals("ci_product", new ProductTable(db).tableName());
        } finally {
            System.clearProperty("dynamo.objects.endpoint");
            System.clearProperty("dynamo.objects.tablePrefix");
            System.clearProperty("dynamo.objects.createTables");
        }
    }

    private TableDescription describe(String name) {
        return dynamo.describeTable(r -> r.tableName(name)).table();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
