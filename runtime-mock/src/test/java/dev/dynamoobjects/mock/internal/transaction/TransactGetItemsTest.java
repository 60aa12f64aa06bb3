package dev.dynamoobjects.mock.internal.transaction;

import static dev.dynamoobjects.mock.fixtures.TestData.assertValidation;
import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.n;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactGetItems on the selected backend: the embedded engine, and DynamoDB Local in the second run. */
@DynamoTest
class TransactGetItemsTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void table_() {
        table(dynamo, "accounts");
        dynamo.putItem(p -> p.tableName("accounts").item(item("alice", 100)));
        dynamo.putItem(p -> p.tableName("accounts").item(item("bob", 5)));
    }

    @Test
    void readsItemsInRequestOrderWithAnEmptyResponseForAMissingOne() {
        TransactGetItemsResponse response = dynamo.transactGetItems(t -> t.returnConsumedCapacity("TOTAL").transactItems(
                get("bob"), get("nobody"),
                TransactGetItem.builder().get(g -> g.tableName("accounts").key(key("alice")).projectionExpression("n")).build()));

        assertEquals(List.of(ItemResponse.builder().item(item("bob", 5)).build(), ItemResponse.builder().build(),
                ItemResponse.builder().item(Map.of("n", n("100"))).build()), response.responses());
        // Two units per item, found or not; ReadCapacityUnits too, as DynamoDB (Local) reports it.
        assertEquals(List.of(ConsumedCapacity.builder().tableName("accounts").capacityUnits(6.0).readCapacityUnits(6.0)
                .build()), response.consumedCapacity());
    }

    @Test
    void rejectsTwoReadsOfOneItemAndEmptyRequests() {
        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> dynamo.transactGetItems(t -> t.transactItems(get("bob"), get("bob"))));
        assertValidation("Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
                () -> dynamo.transactGetItems(t -> t.transactItems(List.of())));
    }

    /**
     * A read whose key has the wrong type cancels the transaction; DynamoDB gives the read a
     * ValidationError reason, DynamoDB Local the key's message and no reasons (WhereLocalIsNotDynamoDbTest).
     */
    @Test
    void cancelsAReadWithAMalformedKey() {
        assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactGetItems(t -> t.transactItems(TransactGetItem.builder()
                        .get(g -> g.tableName("accounts").key(Map.of("id", n("1")))).build())));
    }

    private static TransactGetItem get(String id) {
        return TransactGetItem.builder().get(g -> g.tableName("accounts").key(key(id))).build();
    }
}
