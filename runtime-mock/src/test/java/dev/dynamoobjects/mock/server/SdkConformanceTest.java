package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.dynamoobjects.mock.server.Orders.TABLE;
import static dev.dynamoobjects.mock.server.Orders.amounts;
import static dev.dynamoobjects.mock.server.Orders.key;
import static dev.dynamoobjects.mock.server.Orders.n;
import static dev.dynamoobjects.mock.server.Orders.order;
import static dev.dynamoobjects.mock.server.Orders.orderKey;
import static dev.dynamoobjects.mock.server.Orders.s;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The AWS SDK for Java v2, over HTTP, against the server: every kind of operation, so the wire
 * format (requests, responses, timestamps, binaries, sets, errors and their members) is checked.
 */
class SdkConformanceTest {
    private ServerFixture fixture;
    private DynamoDbClient client;

    @BeforeEach
    void start() {
        fixture = new ServerFixture();
        client = fixture.client;
        assertEquals(TABLE, Orders.create(client));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void describesListsAndDeletesTables() {
        var table = client.describeTable(b -> b.tableName(TABLE)).table();
        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertEquals(List.of(key("customer", KeyType.HASH), key("orderNo", KeyType.RANGE)), table.keySchema());
        assertTrue(table.creationDateTime().toEpochMilli() > 0, "timestamps travel as epoch seconds");
        assertEquals(List.of(TABLE), client.listTables().tableNames());

        client.deleteTable(b -> b.tableName(TABLE));

        assertEquals(List.of(), client.listTables().tableNames());
    }

    @Test
    void putsGetsUpdatesAndDeletesItemsOfEveryType() {
        Map<String, AttributeValue> item = Map.of(
                "customer", s("ann"), "orderNo", n("1"),
                "note", s("fragile \"glass\" \u00e9\u4e2d"),
                "paid", AttributeValue.fromBool(true),
                "nothing", AttributeValue.fromNul(true),
                "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xFF})),
                "tags", AttributeValue.fromSs(List.of("a", "b")),
                "sizes", AttributeValue.fromNs(List.of("1", "2.5")),
                "lines", AttributeValue.fromL(List.of(s("x"), AttributeValue.fromM(Map.of("qty", n("3"))))));
        client.putItem(b -> b.tableName(TABLE).item(item));

        GetItemResponse got = client.getItem(b -> b.tableName(TABLE).key(orderKey("ann", "1")).consistentRead(true));
        assertEquals(item, got.item());

        UpdateItemResponse updated = client.updateItem(b -> b.tableName(TABLE).key(orderKey("ann", "1"))
                .updateExpression("SET #n = :note ADD qty :one")
                .expressionAttributeNames(Map.of("#n", "note"))
                .expressionAttributeValues(Map.of(":note", s("handled"), ":one", n("1")))
                .returnValues(ReturnValue.UPDATED_NEW));
        assertEquals(Map.of("note", s("handled"), "qty", n("1")), updated.attributes());

        var deleted = client.deleteItem(b -> b.tableName(TABLE).key(orderKey("ann", "1"))
                .returnValues(ReturnValue.ALL_OLD));
        assertEquals(s("handled"), deleted.attributes().get("note"));
        assertFalse(client.getItem(b -> b.tableName(TABLE).key(orderKey("ann", "1"))).hasItem());
    }

    @Test
    void queriesAndScansWithExpressionsAndPages() {
        for (int i = 1; i <= 5; i++) {
            putOrder("bob", i, i * 10);
        }
        putOrder("cy", 1, 99);

        QueryResponse page = client.query(b -> b.tableName(TABLE)
                .keyConditionExpression("customer = :c AND orderNo >= :from")
                .filterExpression("amount > :min")
                .expressionAttributeValues(Map.of(":c", s("bob"), ":from", n("2"), ":min", n("25")))
                .scanIndexForward(false).limit(3));
        assertEquals(List.of("50", "40", "30"), amounts(page.items()));
        assertEquals(3, page.scannedCount());
        assertEquals(orderKey("bob", "3"), page.lastEvaluatedKey());

        ScanResponse scan = client.scan(b -> b.tableName(TABLE).filterExpression("amount >= :t")
                .projectionExpression("customer, amount")
                .expressionAttributeValues(Map.of(":t", n("40"))));
        assertEquals(3, scan.count());
        assertEquals(6, scan.scannedCount());
        assertTrue(scan.items().stream().allMatch(i -> i.keySet().equals(java.util.Set.of("customer", "amount"))));
    }

    @Test
    void failedConditionsReturnTheItemWhenAsked() {
        putOrder("gil", 1, 1);

        ConditionalCheckFailedException error = assertThrows(ConditionalCheckFailedException.class, () ->
                client.putItem(b -> b.tableName(TABLE).item(order("gil", 1, 2))
                        .conditionExpression("attribute_not_exists(customer)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertEquals("The conditional request failed", error.awsErrorDetails().errorMessage());
        assertEquals(order("gil", 1, 1), error.item());
        assertTrue(error.requestId() != null && !error.requestId().isEmpty());
    }

    @Test
    void serviceErrorsKeepTheirTypeStatusAndMessage() {
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> client.getItem(b -> b.tableName("absent").key(orderKey("x", "1"))));
        DynamoDbException direct = assertThrows(ResourceNotFoundException.class,
                () -> fixture.backend.getItem(b -> b.tableName("absent").key(orderKey("x", "1"))));
        assertEquals(direct.awsErrorDetails().errorMessage(), missing.awsErrorDetails().errorMessage());
        assertEquals(400, missing.statusCode());

        DynamoDbException invalid = assertThrows(DynamoDbException.class,
                () -> client.getItem(b -> b.tableName(TABLE).key(Map.of("customer", s("x")))));
        assertEquals("ValidationException", invalid.awsErrorDetails().errorCode());
        assertEquals(400, invalid.statusCode());
    }

    private void putOrder(String customer, int orderNo, int amount) {
        client.putItem(b -> b.tableName(TABLE).item(order(customer, orderNo, amount)));
    }
}
