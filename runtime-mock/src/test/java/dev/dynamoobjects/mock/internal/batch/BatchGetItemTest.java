package dev.dynamoobjects.mock.internal.batch;

import static dev.dynamoobjects.mock.fixtures.TestData.assertError;
import static dev.dynamoobjects.mock.fixtures.TestData.assertValidation;
import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** BatchGetItem on the selected backend: the embedded engine, and DynamoDB Local in the second run. */
@DynamoTest
class BatchGetItemTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void twoTables() {
        table(dynamo, "orders");
        table(dynamo, "stores");
        dynamo.putItem(p -> p.tableName("orders").item(item("o1", 1)));
        dynamo.putItem(p -> p.tableName("orders").item(item("o2", 2)));
        dynamo.putItem(p -> p.tableName("stores").item(Map.of("id", s("s1"), "name", s("Main"), "n", n("7"))));
    }

    @Test
    void readsFromSeveralTablesWithProjectionAndLeavesMissingKeysOut() {
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(
                "orders", KeysAndAttributes.builder().keys(key("o1"), key("o2"), key("missing")).build(),
                "stores", KeysAndAttributes.builder().keys(key("s1")).projectionExpression("#n")
                        .expressionAttributeNames(Map.of("#n", "name")).build())));

        assertEquals(List.of(item("o1", 1), item("o2", 2)), byId(response.responses().get("orders")));
        assertEquals(List.of(Map.of("name", s("Main"))), response.responses().get("stores"));
        assertEquals(Map.of(), response.unprocessedKeys());
    }

    @Test
    void reportsHalfAUnitPerFoundItemAndZeroForATableWithoutOne() {
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.returnConsumedCapacity("TOTAL").requestItems(Map.of(
                "orders", KeysAndAttributes.builder().keys(key("o1"), key("o2"), key("missing")).build(),
                "stores", KeysAndAttributes.builder().keys(key("missing")).build())));

        // In no defined order.
        assertEquals(Set.of(capacity("orders", 1.0), capacity("stores", 0.0)), Set.copyOf(response.consumedCapacity()));
    }

    @Test
    void rejectsMoreThan100Keys() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(key("k" + i));
        }
        assertValidation("Too many items requested for the BatchGetItem call", () -> dynamo.batchGetItem(
                b -> b.requestItems(Map.of("orders", KeysAndAttributes.builder().keys(keys).build()))));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertValidation("Provided list of item keys contains duplicates", () -> dynamo.batchGetItem(
                b -> b.requestItems(Map.of("orders", KeysAndAttributes.builder().keys(key("o1"), key("o1")).build()))));
    }

    @Test
    void rejectsAnEmptyRequestAndAnEmptyKeyList() {
        assertValidation("BatchGetItem must have some requests set",
                () -> dynamo.batchGetItem(b -> b.requestItems(Map.of())));
        assertValidation("The list of keys in RequestItems for BatchGetItem is required: orders has empty list",
                () -> dynamo.batchGetItem(b -> b.requestItems(Map.of("orders", KeysAndAttributes.builder()
                        .keys(List.of()).build()))));
    }

    @Test
    void rejectsAMissingTableAndAMalformedKey() {
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> dynamo.batchGetItem(b -> b.requestItems(
                        Map.of("missing", KeysAndAttributes.builder().keys(key("o1")).build()))));
    }

    private static List<Map<String, AttributeValue>> byId(List<Map<String, AttributeValue>> items) {
        List<Map<String, AttributeValue>> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> item.get("id").s()));
        return sorted;
    }

    private static ConsumedCapacity capacity(String table, double units) {
        return ConsumedCapacity.builder().tableName(table).capacityUnits(units).build();
    }
}
