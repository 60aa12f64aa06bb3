package dev.dynamoobjects.mock.internal.batch;

import static dev.dynamoobjects.mock.fixtures.TestData.assertError;
import static dev.dynamoobjects.mock.fixtures.TestData.assertValidation;
import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.s;
import static dev.dynamoobjects.mock.fixtures.TestData.stored;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.junit.DynamoBackend;
import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem on the selected backend: the embedded engine, and DynamoDB Local in the second run. */
@DynamoTest
class BatchWriteItemTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void twoTables() {
        table(dynamo, "orders");
        table(dynamo, "stores");
        dynamo.putItem(p -> p.tableName("orders").item(item("old", 1)));
    }

    @Test
    void putsAndDeletesAcrossTables() {
        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(
                "orders", List.of(put(item("o1", 1)), delete(key("old"))),
                "stores", List.of(put(item("s1", 2))))));

        assertEquals(Map.of(), response.unprocessedItems());
        assertEquals(item("o1", 1), stored(dynamo, "orders", "o1"));
        assertNull(stored(dynamo, "orders", "old"));
        assertEquals(item("s1", 2), stored(dynamo, "stores", "s1"));
    }

    @Test
    void reportsOneUnitPerSmallPutAndPresentDelete() {
        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.returnConsumedCapacity("TOTAL")
                .requestItems(Map.of("orders", List.of(put(item("o1", 1)), put(item("o2", 2)), delete(key("old"))))));

        assertEquals(List.of(ConsumedCapacity.builder().tableName("orders").capacityUnits(3.0).build()),
                response.consumedCapacity());
    }

    /** DynamoDB charges one unit to delete an absent item; DynamoDB Local charges two in a batch. */
    @Test
    void chargesTheDeleteOfAnAbsentItemAsDynamoDbDoes(DynamoBackend backend) {
        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.returnConsumedCapacity("TOTAL")
                .requestItems(Map.of("orders", List.of(delete(key("absent"))))));

        double expected = backend.kind() == DynamoBackend.Kind.LOCAL ? 2.0 : 1.0;
        assertEquals(expected, response.consumedCapacity().get(0).capacityUnits());
    }

    @Test
    void rejectsMoreThan25Requests() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            writes.add(put(item("o" + i, i)));
        }
        assertValidation("Too many items requested for the BatchWriteItem call",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("orders", writes))));
    }

    @Test
    void rejectsTwoRequestsForOneKey() {
        assertValidation("Provided list of item keys contains duplicates", () -> dynamo.batchWriteItem(
                b -> b.requestItems(Map.of("orders", List.of(put(item("o1", 1)), delete(key("o1")))))));
    }

    @Test
    void writesNothingWhenOneRequestIsInvalid() {
        Map<String, AttributeValue> tooLarge = Map.of("id", s("big"), "text", s("x".repeat(400 * 1024)));
        assertValidation("Item size has exceeded the maximum allowed size", () -> dynamo.batchWriteItem(
                b -> b.requestItems(Map.of("orders", List.of(put(item("o1", 1)), put(tooLarge))))));
        assertNull(stored(dynamo, "orders", "o1"));

        // DynamoDB and DynamoDB Local word the key of another type differently (WhereLocalIsNotDynamoDbTest).
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> dynamo.batchWriteItem(
                b -> b.requestItems(Map.of("orders", List.of(put(item("o1", 1)), put(Map.of("id", n("1"))))))));
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertNull(stored(dynamo, "orders", "o1"));
    }

    @Test
    void rejectsEmptyRequestsAndMissingTables() {
        assertValidation("BatchWriteItem cannot have a null or no requests set",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of())));
        assertValidation("The batch write request list for a table cannot be null or empty: orders",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("orders", List.of()))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table",
                () -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("missing", List.of(put(item("o1", 1)))))));
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }
}
