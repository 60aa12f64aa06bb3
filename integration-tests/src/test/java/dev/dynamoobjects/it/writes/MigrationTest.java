package dev.dynamoobjects.it.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.migration.MigrationException;
import dev.dynamoobjects.migration.Migrations;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The generated {@code SCHEMA_VERSION} and {@code (database, migrations)} constructor of {@code PersonTable}. */
@DynamoTest
class MigrationTest {
    static final Migrations STEPS = Migrations.builder()
            .step(0, item -> {
                String[] parts = item.remove("name").s().split(" ", 2);
                item.put("firstName", AttributeValue.fromS(parts[0]));
                item.put("lastName", AttributeValue.fromS(parts.length > 1 ? parts[1] : ""));
            })
            .step(1, item -> item.put("age", AttributeValue.fromN(item.get("age").s().trim())))
            .build();

    DynamoDbClient dynamo;
    DynamoDatabase db;

    @BeforeEach
    void storeAVersionZeroItem() {
        db = DynamoDatabase.of(dynamo);
        PersonTable people = new PersonTable(db);
        people.ensureExists();
        dynamo.putItem(r -> r.tableName(people.tableName()).item(Map.of("personId", AttributeValue.fromS("p1"),
                "name", AttributeValue.fromS("Ada Lovelace"), "age", AttributeValue.fromS(" 36 "))));
    }

    @Test
    void olderItemsAreUpgradedOnReadAndWrittenBackWithTheCurrentVersion() {
        PersonTable people = new PersonTable(db, STEPS);
        Person ada = people.get("p1");
        assertEquals(ImmutablePerson.builder().personId("p1").firstName("Ada").lastName("Lovelace").age(36).build(), ada);
        people.save(ada);
        Map<String, AttributeValue> stored = people.findItem(PersonTable.MAPPER.keyOf(ada)).orElseThrow();
        assertEquals(AttributeValue.fromN("2"), stored.get(PersonTable.SCHEMA_VERSION.attribute()));
        assertEquals(AttributeValue.fromN("36"), stored.get("age"));
    }

    @Test
    void withoutItsStepsAnOlderItemFailsToReadAndNamesTheVersions() {
        MigrationException e = assertThrows(MigrationException.class, () -> new PersonTable(db).get("p1"));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        assertTrue(e.getMessage().contains("2"), e.getMessage());
    }
}
