package dev.dynamoobjects.mock.server;

import static dev.dynamoobjects.mock.server.Orders.TABLE;
import static dev.dynamoobjects.mock.server.Orders.amounts;
import static dev.dynamoobjects.mock.server.Orders.n;
import static dev.dynamoobjects.mock.server.Orders.order;
import static dev.dynamoobjects.mock.server.Orders.orderKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batches and transactions through the server, with the SDK over HTTP: their nested request
 * shapes and the cancellation reasons of a failed transaction.
 */
class SdkBatchAndTransactionTest {
    private ServerFixture fixture;
    private DynamoDbClient client;

    @BeforeEach
    void start() {
        fixture = new ServerFixture();
        client = fixture.client;
        Orders.create(client);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void batchesWritesAndGets() {
        BatchWriteItemResponse written = client.batchWriteItem(b -> b.requestItems(Map.of(TABLE, List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(order("dee", 1, 5)).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(order("dee", 2, 6)).build()).build()))));
        assertTrue(written.unprocessedItems().isEmpty());

        BatchGetItemResponse got = client.batchGetItem(b -> b.requestItems(Map.of(TABLE,
                KeysAndAttributes.builder().keys(orderKey("dee", "1"), orderKey("dee", "2"), orderKey("dee", "3"))
                        .build())));
        assertEquals(List.of("5", "6"), amounts(got.responses().get(TABLE)).stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void runsTransactions() {
        client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(order("eve", 1, 7)).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(order("eve", 2, 8)).build()).build()));

        var got = client.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(TABLE).key(orderKey("eve", "2"))).build()));
        assertEquals(n("8"), got.responses().get(0).item().get("amount"));
    }

    @Test
    void cancelledTransactionsCarryTheirReasons() {
        putOrder("fay", 1, 1);

        TransactionCanceledException error = assertThrows(TransactionCanceledException.class, () ->
                client.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(order("fay", 1, 2))
                                .conditionExpression("attribute_not_exists(customer)")
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                                .build()).build(),
                        TransactWriteItem.builder().put(Put.builder().tableName(TABLE).item(order("fay", 2, 2))
                                .build()).build())));

        assertEquals(400, error.statusCode());
        assertEquals("TransactionCanceledException", error.awsErrorDetails().errorCode());
        List<CancellationReason> reasons = error.cancellationReasons();
        assertEquals(List.of("ConditionalCheckFailed", "None"),
                reasons.stream().map(CancellationReason::code).collect(Collectors.toList()));
        assertEquals(order("fay", 1, 1), reasons.get(0).item());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("Transaction cancelled"));
    }

    private void putOrder(String customer, int orderNo, int amount) {
        client.putItem(b -> b.tableName(TABLE).item(order(customer, orderNo, amount)));
    }
}
