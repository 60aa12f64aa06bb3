package dev.dynamoobjects.mock;

import static dev.dynamoobjects.mock.fixtures.TestData.item;
import static dev.dynamoobjects.mock.fixtures.TestData.key;
import static dev.dynamoobjects.mock.fixtures.TestData.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The engine's errors carry a request id as DynamoDB's do, and keep everything else they carry. */
class RequestIdTest {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Z0-9]{52}");

    private final EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().build();

    @Test
    void aValidationErrorEndsWithItsRequestId() {
        DynamoDbException error = failure(() -> dynamo.getItem(g -> g.tableName("tbl").key(key("a"))));
        assertEquals("Cannot do operations on a non-existent table (Service: DynamoDb, Status Code: 400,"
                + " Request ID: " + error.requestId() + ")", error.getMessage());
    }

    @Test
    void everyErrorHasANewOne() {
        String first = failure(() -> dynamo.describeTable(d -> d.tableName("tbl"))).requestId();
        String second = failure(() -> dynamo.describeTable(d -> d.tableName("tbl"))).requestId();
        assertNotEquals(first, second);
    }

    @Test
    void aFailedConditionKeepsTheItemItReturns() {
        table(dynamo, "tbl");
        dynamo.putItem(p -> p.tableName("tbl").item(item("a", 1)));
        ConditionalCheckFailedException error = assertThrows(ConditionalCheckFailedException.class,
                () -> dynamo.putItem(p -> p.tableName("tbl").item(item("a", 2))
                        .conditionExpression("attribute_not_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertRequestId(error);
        assertEquals(item("a", 1), error.item());
        assertEquals("ConditionalCheckFailedException", error.awsErrorDetails().errorCode());
    }

    @Test
    void aCancelledTransactionKeepsItsReasons() {
        table(dynamo, "tbl");
        dynamo.putItem(p -> p.tableName("tbl").item(item("a", 1)));
        TransactionCanceledException error = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(t -> t.transactItems(w -> w.put(p -> p.tableName("tbl")
                        .item(item("a", 2)).conditionExpression("attribute_not_exists(id)")))));
        assertRequestId(error);
        assertEquals(java.util.List.of("ConditionalCheckFailed"),
                error.cancellationReasons().stream().map(CancellationReason::code).toList());
    }

    @Test
    void anInjectedThrottleAndAnUnsupportedOperationHaveOneToo() {
        table(dynamo, "tbl");
        dynamo.faults().throttleNext(1, "GetItem", "tbl");
        assertRequestId(assertThrows(ProvisionedThroughputExceededException.class,
                () -> dynamo.getItem(g -> g.tableName("tbl").key(key("a")))));
        assertRequestId(failure(() -> dynamo.createBackup(b -> b.tableName("tbl").backupName("b"))));
    }

    private static DynamoDbException failure(Executable call) {
        DynamoDbException error = assertThrows(DynamoDbException.class, call);
        assertRequestId(error);
        return error;
    }

    private static void assertRequestId(DynamoDbException error) {
        assertTrue(REQUEST_ID.matcher(String.valueOf(error.requestId())).matches(), error.getMessage());
        assertTrue(error.getMessage().endsWith("Request ID: " + error.requestId() + ")"), error.getMessage());
    }
}
