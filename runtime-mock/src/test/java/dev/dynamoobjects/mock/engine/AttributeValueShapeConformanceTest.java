package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Values a hand-written JSON body sends and a typed client rarely does, found by the raw-HTTP
 * differential run (RawHttpDifferentialTest) and answered as DynamoDB Local answers them: an
 * AttributeValue with several types or none, numbers with spaces, PartiQL keys of a type no key has,
 * and placeholders in the order DynamoDB Local reports them.
 */
@DynamoTest
class AttributeValueShapeConformanceTest {
    private static final String TABLE = "shapes";
    private static final String SEVERAL_TYPES = "Supplied AttributeValue has more than one datatypes set, must"
            + " contain exactly one of the supported datatypes";
    private static final String EMPTY = "Supplied AttributeValue is empty, must contain exactly one of the supported"
            + " datatypes";
    private static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";
    DynamoDbClient dynamo;

    @BeforeEach
    void createTable() {
        hashTable(dynamo, TABLE);
    }

    @Test
    void aValueWithSeveralTypesIsRefusedWhereverItIs() {
        AttributeValue several = AttributeValue.builder().s("a").bool(true).build();

        assertValidation(SEVERAL_TYPES, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", several))));
        assertValidation(SEVERAL_TYPES, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", several))));
        assertValidation("ExpressionAttributeValues contains invalid value: " + SEVERAL_TYPES + " for key :v",
                () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                        .updateExpression("SET x = :v").expressionAttributeValues(Map.of(":v", several))));
    }

    @Test
    void eachTypeOfSuchAValueIsCheckedFirst() {
        AttributeValue badNumber = AttributeValue.builder().s("a").n("x").build();

        assertValidation(NOT_A_NUMBER, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", badNumber))));
    }

    @Test
    void anEmptyValueInAKeyIsRefusedBeforeTheKeysShape() {
        AttributeValue empty = AttributeValue.builder().build();

        assertValidation(EMPTY, () -> dynamo.getItem(b -> b.tableName(TABLE).key(item("id", empty))));
        assertValidation(EMPTY, () -> dynamo.deleteItem(b -> b.tableName(TABLE).key(item("id", s("a"), "other", empty))));
        assertValidation(EMPTY, () -> dynamo.transactGetItems(b -> b.transactItems(t -> t.get(g -> g.tableName(TABLE)
                .key(item("id", empty))))));
    }

    @Test
    void numbersWithSpacesAreNotNumbers() {
        for (String spaced : List.of(" 1", "1 ", "\t1")) {
            assertValidation(NOT_A_NUMBER, () -> dynamo.putItem(b -> b.tableName(TABLE).item(item("id", s("a"), "x", n(spaced)))));
        }
    }

    @Test
    void theUndefinedValueOfTheLastActionThatHasOneIsNamed() {
        String undefined = "Invalid UpdateExpression: An expression attribute value used in expression is not defined;"
                + " attribute value: ";

        assertValidation(undefined + ":b", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .updateExpression("SET a = :a, b = :b")));
        assertValidation(undefined + ":s", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .updateExpression("ADD n :n SET s = :s")));
        assertValidation(undefined + ":s", () -> dynamo.updateItem(b -> b.tableName(TABLE).key(item("id", s("a")))
                .updateExpression("SET s = if_not_exists(s, :s) + :t")));
    }

    @Test
    void placeholdersWithoutAnyExpressionAreReportedBeforeAMissingKeyCondition() {
        assertValidation("ExpressionAttributeValues can only be specified when using expressions: FilterExpression and"
                + " KeyConditionExpression are null", () -> dynamo.query(b -> b.tableName(TABLE)
                        .expressionAttributeValues(Map.of(":v", s("a")))));
    }

    @Test
    void aPartiqlKeyOfATypeNoKeyHasIsNoKey() {
        String select = "SELECT * FROM \"" + TABLE + "\" WHERE id = ?";
        AttributeValue bool = AttributeValue.fromBool(true);

        var batch = dynamo.batchExecuteStatement(b -> b.statements(BatchStatementRequest.builder().statement(select)
                .parameters(bool).build()));
        assertEquals("Only single item select is supported", batch.responses().get(0).error().message());
        assertValidation("Validation failed in TransactStatements[0]: Select statements within ExecuteTransaction must"
                + " specify the primary key in the where clause.", () -> dynamo.executeTransaction(b -> b
                        .transactStatements(ParameterizedStatement.builder().statement(select).parameters(bool).build())));
        assertValidation("Key value must be of type S, N, or B. Key name: id, Key type: BOOL",
                () -> dynamo.executeStatement(b -> b.statement("UPDATE \"" + TABLE + "\" SET x = 1 WHERE id = ?")
                        .parameters(bool)));
    }

    @Test
    void aPartiqlTransactionReadWithAKeyOfAnotherTypeIsCancelled() {
        TransactionCanceledException cancelled = assertError(TransactionCanceledException.class,
                "TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for specific"
                        + " reasons [ValidationError]", () -> dynamo.executeTransaction(b -> b.transactStatements(
                        ParameterizedStatement.builder().statement("SELECT * FROM \"" + TABLE + "\" WHERE id = ?")
                                .parameters(n("1")).build())));

        assertEquals("Key attribute's data type should match its data type in table's schema: Key id",
                cancelled.cancellationReasons().get(0).message());
    }
}
