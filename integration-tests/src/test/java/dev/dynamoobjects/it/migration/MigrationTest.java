package dev.dynamoobjects.it.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.it.example.Customer;
import dev.dynamoobjects.it.example.CustomerTable;
import dev.dynamoobjects.it.example.ImmutableCustomer;
import dev.dynamoobjects.migration.MigrationException;
import dev.dynamoobjects.migration.MigrationStep;
import dev.dynamoobjects.migration.Migrations;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items stored with older shapes of {@link dev.dynamoobjects.it.example.Customer} are upgraded on read. */
@DynamoTest
class MigrationTest {
    /** Version 0 to 1 renames an attribute. */
    static final MigrationStep RENAME = item -> item.put("fullName", item.remove("name"));
    /** Version 1 to 2 splits one attribute into two. */
    static final MigrationStep SPLIT = item -> {
        String[] parts = item.remove("fullName").s().split(" ", 2);
        item.put("firstName", AttributeValue.fromS(parts[0]));
        item.put("lastName", AttributeValue.fromS(parts.length > 1 ? parts[1] : ""));
    };
    /** Version 2 to 3 changes a type: the age was a string, it is a number. */
    static final MigrationStep RETYPE = item -> {
        AttributeValue age = item.get("age");
        item.put("age", AttributeValue.fromN(Integer.toString(Integer.parseInt(age.s().trim()))));
    };
    static final Migrations ALL = Migrations.builder().step(0, RENAME).step(1, SPLIT).step(2, RETYPE).build();

    DynamoDbClient dynamo;
    private DynamoDatabase db;
    private CustomerTable customers;

    @BeforeEach
    void setUp() {
        db = DynamoDatabase.of(dynamo);
        customers = new CustomerTable(db, ALL);
        customers.ensureExists();
    }

    private void store(Map<String, AttributeValue> item) {
        dynamo.putItem(r -> r.tableName(customers.tableName()).item(item));
    }

    private Map<String, AttributeValue> stored(String id) {
        return dynamo.getItem(r -> r.tableName(customers.tableName())
                .key(Map.of("customerId", AttributeValue.fromS(id)))).item();
    }

    private static Map<String, AttributeValue> versionZero(String id, String name, String age) {
        return Map.of("customerId", AttributeValue.fromS(id), "name", AttributeValue.fromS(name),
                "age", AttributeValue.fromS(age));
    }

    @Test
    void itemWithoutVersionGoesThroughEveryStepAndStaysAsStored() {
        Map<String, AttributeValue> old = versionZero("c1", "Ada Lovelace", "36");
        store(old);
        assertEquals(customer("c1", "Ada", "Lovelace", 36), customers.get("c1"));
        assertEquals(old, stored("c1"), "reading writes nothing");
    }

    @Test
    void saveWritesTheUpgradedRecordWithTheCurrentVersion() {
        store(versionZero("c1", "Ada Lovelace", "36"));
        customers.save(customers.get("c1"));
        Map<String, AttributeValue> item = stored("c1");
        assertEquals(AttributeValue.fromN("3"), item.get(CustomerTable.SCHEMA_VERSION.attribute()));
        assertEquals(AttributeValue.fromS("Lovelace"), item.get("lastName"));
        assertEquals(AttributeValue.fromN("36"), item.get("age"));
        assertEquals(null, item.get("name"));
    }

    @Test
    void itemOfALaterVersionRunsOnlyTheRemainingSteps() {
        store(Map.of("customerId", AttributeValue.fromS("c2"), "schemaVersion", AttributeValue.fromN("2"),
                "firstName", AttributeValue.fromS("Grace"), "lastName", AttributeValue.fromS("Hopper"),
                "age", AttributeValue.fromS(" 85")));
        assertEquals(customer("c2", "Grace", "Hopper", 85), customers.get("c2"));
    }

    @Test
    void scansUpgradeToo() {
        store(versionZero("c1", "Ada Lovelace", "36"));
        customers.save(customer("c2", "Grace", "Hopper", 85));
        assertEquals(List.of(36, 85), customers.scan().list().stream().map(c -> c.age()).sorted().toList());
    }

    @Test
    void missingStepIsAnErrorNamingTheVersions() {
        store(versionZero("c1", "Ada Lovelace", "36"));
        CustomerTable partial = new CustomerTable(db, Migrations.builder().step(0, RENAME).step(2, RETYPE).build());
        MigrationException e = assertThrows(MigrationException.class, () -> partial.get("c1"));
        assertTrue(e.getMessage().contains("no step from version 1 to 2"), e.getMessage());
        assertTrue(e.getMessage().contains("from schema version 0 to 3"), e.getMessage());
        assertTrue(e.getMessage().contains("customerId=\"c1\""), e.getMessage());
    }

    @Test
    void failingStepLeavesTheStoredItemUntouched() {
        Map<String, AttributeValue> old = versionZero("c1", "Ada Lovelace", "thirty-six");
        store(old);
        MigrationException e = assertThrows(MigrationException.class, () -> customers.get("c1"));
        assertInstanceOf(NumberFormatException.class, e.getCause());
        assertTrue(e.getMessage().contains("the step from version 2 to 3 failed"), e.getMessage());
        assertEquals(old, stored("c1"));
    }

    @Test
    void withoutItsStepsAnOlderItemFailsToReadAndNamesTheVersions() {
        store(versionZero("c1", "Ada Lovelace", "36"));
        MigrationException e = assertThrows(MigrationException.class, () -> new CustomerTable(db).get("c1"));
        assertTrue(e.getMessage().contains("from schema version 0 to 3"), e.getMessage());
    }

    @Test
    void itemOfANewerVersionIsRefused() {
        store(Map.of("customerId", AttributeValue.fromS("c9"), "schemaVersion", AttributeValue.fromN("4")));
        MigrationException e = assertThrows(MigrationException.class, () -> customers.get("c9"));
        assertEquals(4, e.fromVersion());
        assertEquals(3, e.toVersion());
    }

    @Test
    void twoStepsFromOneVersionAreRefused() {
        assertThrows(dev.dynamoobjects.exception.ValidationException.class,
                () -> Migrations.builder().step(1, SPLIT).step(1, SPLIT));
    }

    private static Customer customer(String customerId, String firstName, String lastName, int age) {
        return ImmutableCustomer.builder().customerId(customerId).firstName(firstName).lastName(lastName).age(age).build();
    }
}
