package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** PartiQL BatchExecuteStatement and ExecuteTransaction: per-statement results and errors, all-or-nothing. */
@DynamoTest
class PartiqlBatchConformanceTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void createTables() {
        PartiqlFixtures.createTables(dynamo);
    }

    private List<BatchStatementResponse> batch(String... statements) {
        return dynamo.batchExecuteStatement(b -> b.statements(Arrays.stream(statements)
                .map(statement -> BatchStatementRequest.builder().statement(statement)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build())
                .toList())).responses();
    }

    private List<ItemResponse> transaction(String... statements) {
        return dynamo.executeTransaction(b -> b.transactStatements(Arrays.stream(statements)
                .map(statement -> ParameterizedStatement.builder().statement(statement).build()).toList())).responses();
    }

    private Map<String, AttributeValue> person(String id) {
        return dynamo.getItem(b -> b.tableName("people").key(Map.of("id", s(id))).consistentRead(true)).item();
    }

    private static String error(BatchStatementResponse response) {
        return response.error() == null ? null : response.error().codeAsString() + ": " + response.error().message();
    }

    @Test
    void batchReadsReturnEachItemOrNone() {
        List<BatchStatementResponse> responses = batch("SELECT * FROM \"people\" WHERE id = 'a1'",
                "SELECT * FROM \"people\" WHERE id = 'zz'", "SELECT v, absent FROM \"events\" WHERE pk = 'p1' AND sk = 1",
                "SELECT * FROM \"events\" WHERE pk = 'p1'", "SELECT * FROM \"nope\" WHERE id = 'a1'",
                "SELECT * FROM \"people\" WHERE");
        assertEquals("people", responses.get(0).tableName());
        assertEquals(s("a1"), responses.get(0).item().get("id"));
        assertEquals("people", responses.get(1).tableName());
        assertEquals(Map.of(), responses.get(1).item());
        assertEquals(item("v", s("v11")), responses.get(2).item());
        assertEquals("ValidationError: Only single item select is supported", error(responses.get(3)));
        assertEquals("ResourceNotFound: Cannot do operations on a non-existent table", error(responses.get(4)));
        assertEquals("ValidationError: Statement wasn't well formed, can't be processed: SELECT * FROM \"people\" WHERE",
                error(responses.get(5)));
    }

    @Test
    void batchWritesReportTheirOwnErrors() {
        List<BatchStatementResponse> responses = batch("UPDATE \"people\" SET n = 5 WHERE id = 'a1'",
                "UPDATE \"people\" SET n = 5 WHERE id = 'zz'", "INSERT INTO \"people\" VALUE {'id': 'a2'}",
                "DELETE FROM \"people\" WHERE id = 'a3' AND n = 9", "UPDATE \"nope\" SET n = 1 WHERE id = 'a1'",
                "UPDATE \"people\" SET n = 1 WHERE n = 1", "INSERT INTO \"people\" VALUE {'id': 'c1'}");
        assertEquals("people", responses.get(0).tableName());
        assertNull(responses.get(0).error());
        assertEquals("ConditionalCheckFailed: The conditional request failed", error(responses.get(1)));
        assertEquals("DuplicateItem: Duplicate primary key exists in table", error(responses.get(2)));
        assertEquals("ConditionalCheckFailed: The conditional request failed", error(responses.get(3)));
        assertEquals(n("3"), responses.get(3).error().item().get("n"));
        assertEquals("ResourceNotFound: Cannot do operations on a non-existent table", error(responses.get(4)));
        assertEquals("ValidationError: Where clause does not contain a mandatory equality on all key attributes",
                error(responses.get(5)));
        assertNull(responses.get(6).error());
        assertEquals(n("5"), person("a1").get("n"));
        assertEquals(s("c1"), person("c1").get("id"));
    }

    @Test
    void batchRefusesMixedAndRepeatedItems() {
        assertValidation("Read and write requests together in the same batch is not supported.",
                () -> batch("SELECT * FROM \"people\" WHERE id = 'a1'", "UPDATE \"people\" SET n = 5 WHERE id = 'a1'"));
        assertValidation("Provided list of item keys contains duplicates",
                () -> batch("SELECT * FROM \"people\" WHERE id = 'a1'", "SELECT * FROM \"people\" WHERE id = 'a1'"));
        assertEquals("ValidationError: EXISTS can only be used in ExecuteTransaction write requests.",
                error(batch("EXISTS(SELECT * FROM \"people\" WHERE id = 'a1')").get(0)));
    }

    @Test
    void emptyBatchesAndTransactionsAreRefused() {
        assertValidation("The statement was empty.", () -> batch());
        assertValidation("ExecutePartiQLTransaction can not have empty statement.", () -> transaction());
        String[] tooMany = new String[101];
        Arrays.setAll(tooMany, i -> "SELECT * FROM \"people\" WHERE id = 'k" + i + "'");
        assertValidation("Member must have length less than or equal to 100", () -> transaction(tooMany));
    }

    @Test
    void transactionReadsReturnEveryItem() {
        List<ItemResponse> responses = transaction("SELECT * FROM \"people\" WHERE id = 'a1'",
                "SELECT * FROM \"people\" WHERE id = 'zz'", "SELECT v FROM \"events\" WHERE pk = 'p1' AND sk = 1");
        assertEquals(s("a1"), responses.get(0).item().get("id"));
        assertEquals(Map.of(), responses.get(1).item());
        assertEquals(item("v", s("v11")), responses.get(2).item());
    }

    @Test
    void transactionWritesAllOrNothing() {
        assertEquals(List.of(), transaction("UPDATE \"people\" SET n = 8 WHERE id = 'a1'",
                "INSERT INTO \"people\" VALUE {'id': 'd1'}", "DELETE FROM \"people\" WHERE id = 'a3'",
                "EXISTS(SELECT * FROM \"people\" WHERE id = 'a2' AND n = 2)"));
        assertEquals(n("8"), person("a1").get("n"));
        assertEquals(Map.of(), person("a3"));

        TransactionCanceledException cancelled = assertError(TransactionCanceledException.class,
                "TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for specific "
                        + "reasons [None, ValidationError, ConditionalCheckFailed, ConditionalCheckFailed]",
                () -> transaction("UPDATE \"people\" SET n = 9 WHERE id = 'a1'", "INSERT INTO \"people\" VALUE {'id': 'a2'}",
                        "UPDATE \"people\" SET n = 1 WHERE id = 'yy'",
                        "EXISTS(SELECT * FROM \"people\" WHERE id = 'd1' AND n = 99)"));
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        assertEquals("Duplicate primary key exists in table", reasons.get(1).message());
        assertEquals("The conditional request failed", reasons.get(2).message());
        assertEquals("The conditional request failed.", reasons.get(3).message());
        assertEquals(n("8"), person("a1").get("n"));
    }

    @Test
    void transactionRefusesWhatItCannotRun() {
        assertValidation("ExecuteTransaction API does not support both read and write operations in the same request.",
                () -> transaction("SELECT * FROM \"people\" WHERE id = 'a1'", "UPDATE \"people\" SET n = 5 WHERE id = 'a2'"));
        assertValidation("Validation failed in TransactStatements[0]: Select statements within ExecuteTransaction must "
                + "specify the primary key in the where clause.", () -> transaction("SELECT * FROM \"events\" WHERE pk = 'p1'"));
        assertValidation("Validation failed in TransactStatements[0]: Reads on indices are not supported within "
                + "transactions.", () -> transaction("SELECT * FROM \"events\".\"byGroup\" WHERE gk = 'g1'"));
        assertValidation("Validation failed in TransactStatements[0]: RETURNING clause is not supported in "
                + "ExecuteTransaction.", () -> transaction("UPDATE \"people\" SET n = 1 WHERE id = 'a1' RETURNING ALL NEW *"));
        assertValidation("Validation failed in TransactStatements[1]: EXISTS() must contain a single item read with "
                + "additional condition", () -> transaction("UPDATE \"people\" SET n = 1 WHERE id = 'a1'",
                "EXISTS(SELECT * FROM \"people\" WHERE id = 'zz')"));
        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> transaction("UPDATE \"people\" SET n = 9 WHERE id = 'a1'", "UPDATE \"people\" SET n = 10 WHERE id = 'a1'"));
        assertValidation("Statement wasn't well formed, can't be processed: UPDATE \"people\" SET n = 9 WHERE",
                () -> transaction("UPDATE \"people\" SET n = 9 WHERE"));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> transaction("UPDATE \"people\" SET n = 9 WHERE id = 'a1'", "UPDATE \"nope\" SET n = 1 WHERE id = 'a1'"));
    }

    @Test
    void aRepeatedClientRequestTokenRunsTheTransactionOnce() {
        List<ParameterizedStatement> statements = List.of(ParameterizedStatement.builder()
                .statement("UPDATE \"people\" SET n = n + 1 WHERE id = 'a1'").build());
        dynamo.executeTransaction(b -> b.transactStatements(statements).clientRequestToken("token-1"));
        dynamo.executeTransaction(b -> b.transactStatements(statements).clientRequestToken("token-1"));
        assertEquals(n("2"), person("a1").get("n"));
    }
}
