package dev.dynamoobjects.mock.faults;

import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.stored;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Injected faults and request counts: embedded only (DynamoDB Local has neither), so these tests use
 * an {@link EmbeddedDynamoDb} whatever backend the suite runs on.
 */
class FaultInjectionTest {
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();

    @BeforeEach
    void table_() {
        table(dynamo, "orders");
        table(dynamo, "stores");
    }

    @Test
    void throttlesTheNextRequestsThenLetsThemThrough() {
        dynamo.faults().throttleNext(2, "PutItem", "orders");

        for (int i = 0; i < 2; i++) {
            assertThrows(ProvisionedThroughputExceededException.class,
                    () -> dynamo.putItem(p -> p.tableName("orders").item(item("o1", 1))));
        }
        assertNull(stored(dynamo, "orders", "o1"));
        dynamo.putItem(p -> p.tableName("stores").item(item("s1", 1)));
        dynamo.putItem(p -> p.tableName("orders").item(item("o1", 1)));
        assertEquals(item("o1", 1), stored(dynamo, "orders", "o1"));
    }

    @Test
    void leavesBatchWritesUnprocessedUntilARetryLoopGetsThemAllThrough() {
        dynamo.faults().seed(3).leaveUnprocessed("BatchWriteItem", "orders", 0.5);
        Map<String, List<WriteRequest>> pending = Map.of("orders", puts(20));

        int calls = 0;
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            pending = response.unprocessedItems();
            calls++;
        }

        assertTrue(calls > 1, "some items were left for a retry");
        assertEquals(20, dynamo.scan(s -> s.tableName("orders")).count());
        assertEquals(calls, dynamo.requestCounts().of("BatchWriteItem", "orders"));
    }

    @Test
    void returnsUnprocessedKeysWithTheirReadSettings() {
        dynamo.putItem(p -> p.tableName("orders").item(item("o1", 1)));
        dynamo.putItem(p -> p.tableName("stores").item(item("s1", 1)));
        dynamo.faults().leaveUnprocessed("BatchGetItem", "orders", 1);

        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(Map.of(
                "orders", KeysAndAttributes.builder().keys(key("o1")).consistentRead(true).build(),
                "stores", KeysAndAttributes.builder().keys(key("s1")).build())));

        assertEquals(List.of(item("s1", 1)), response.responses().get("stores"));
        assertEquals(Map.of("orders", KeysAndAttributes.builder().keys(key("o1")).consistentRead(true).build()),
                response.unprocessedKeys());
    }

    @Test
    void canLeaveEveryItemOfABatchUnprocessed() {
        dynamo.faults().leaveUnprocessed("BatchWriteItem", Faults.ANY, 1);
        List<WriteRequest> puts = puts(3);

        BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of("orders", puts)));

        assertEquals(Map.of("orders", puts), response.unprocessedItems());
        assertEquals(0, dynamo.scan(s -> s.tableName("orders")).count());
    }

    @Test
    void cancelsATransactionWithAConflictAndWritesNothing() {
        dynamo.faults().conflict("TransactWriteItems", "stores", 1);

        TransactionCanceledException error = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("orders").item(item("o1", 1))).build(),
                        TransactWriteItem.builder().put(p -> p.tableName("stores").item(item("s1", 1))).build())));

        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons"
                + " [None, TransactionConflict]", error.awsErrorDetails().errorMessage());
        assertEquals(List.of(CancellationReason.builder().code("None").build(),
                CancellationReason.builder().code("TransactionConflict").message("Transaction is ongoing for the item")
                        .build()), error.cancellationReasons());
        assertNull(stored(dynamo, "orders", "o1"));
    }

    @Test
    void countsRequestsPerOperationAndTableUntilReset() {
        dynamo.requestCounts().reset();
        dynamo.putItem(p -> p.tableName("orders").item(item("o1", 1)));
        dynamo.getItem(g -> g.tableName("orders").key(key("o1")));
        dynamo.batchGetItem(b -> b.requestItems(Map.of(
                "orders", KeysAndAttributes.builder().keys(key("o1")).build(),
                "stores", KeysAndAttributes.builder().keys(key("s1")).build())));
        assertThrows(RuntimeException.class, () -> dynamo.getItem(g -> g.tableName("missing").key(key("x"))));

        assertEquals(1, dynamo.requestCounts().of("PutItem", "orders"));
        assertEquals(2, dynamo.requestCounts().of("GetItem"));
        assertEquals(1, dynamo.requestCounts().of("BatchGetItem", "stores"));
        assertEquals(4, dynamo.requestCounts().total());
        dynamo.requestCounts().reset();
        assertEquals(0, dynamo.requestCounts().total());
    }

    private static List<WriteRequest> puts(int count) {
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = new HashMap<>(item("o" + i, i));
            puts.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        return puts;
    }
}
