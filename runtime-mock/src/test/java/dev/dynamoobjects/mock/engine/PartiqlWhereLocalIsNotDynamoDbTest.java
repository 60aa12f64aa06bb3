package dev.dynamoobjects.mock.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * PartiQL on the engine alone, where DynamoDB Local answers otherwise than DynamoDB's API reference
 * and the engine follows DynamoDB (the README lists these differences).
 */
class PartiqlWhereLocalIsNotDynamoDbTest {
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();

    @BeforeEach
    void createTables() {
        PartiqlFixtures.createTables(dynamo);
    }

    @Test
    void consumedCapacityIsReturnedWhenAsked() {
        // ExecuteStatement API reference, ConsumedCapacity: "ConsumedCapacity is only returned if the request
        // asked for it." DynamoDB Local 3.1.0 never returns it.
        ExecuteStatementResponse response = dynamo.executeStatement(b -> b
                .statement("SELECT * FROM \"people\" WHERE id = 'a1'").consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals("people", response.consumedCapacity().tableName());
        assertEquals(1.0, response.consumedCapacity().capacityUnits());
        assertNull(dynamo.executeStatement(b -> b.statement("SELECT * FROM \"people\" WHERE id = 'a1'"))
                .consumedCapacity());
        assertEquals(1.0, dynamo.executeStatement(b -> b.statement("UPDATE \"people\" SET n = 2 WHERE id = 'a1'")
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
    }

    @Test
    void aBatchOfMoreThan25StatementsIsRefusedAsTheApiModelRefusesIt() {
        // BatchExecuteStatement API reference: Statements, "Array Members: Minimum number of 1 item. Maximum
        // number of 25 items." DynamoDB Local 3.1.0 answers "BatchGetItem cannot fetch more than 25 items".
        List<BatchStatementRequest> statements = IntStream.range(0, 26).mapToObj(i -> BatchStatementRequest.builder()
                .statement("SELECT * FROM \"people\" WHERE id = 'k" + i + "'").build()).toList();
        Fixtures.assertValidation("1 validation error detected: Value at 'statements' failed to satisfy constraint: "
                + "Member must have length less than or equal to 25",
                () -> dynamo.batchExecuteStatement(b -> b.statements(statements)));
    }

    @Test
    void aPageThatStopsEarlyCarriesItsLastEvaluatedKey() {
        // ExecuteStatement API reference, LastEvaluatedKey: "The primary key of the item where the operation
        // stopped, inclusive of the previous result set."
        ExecuteStatementResponse page = dynamo.executeStatement(b -> b
                .statement("SELECT * FROM \"events\" WHERE pk = 'p1'").limit(1));
        assertEquals(Fixtures.item("pk", Fixtures.s("p1"), "sk", Fixtures.n("1")), page.lastEvaluatedKey());
    }
}
