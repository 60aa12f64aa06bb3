package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** PartiQL requests on the engine's own hooks: counted under their operation and table, and subject to faults. */
class PartiqlHooksTest {
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();

    @BeforeEach
    void createTables() {
        PartiqlFixtures.createTables(dynamo);
    }

    @Test
    void statementsAreCountedByTheirTableEvenWithParameters() {
        dynamo.requestCounts().reset();
        dynamo.executeStatement(b -> b.statement("SELECT * FROM \"people\" WHERE id = ?").parameters(s("a1")));
        dynamo.batchExecuteStatement(b -> b.statements(s -> s.statement("SELECT * FROM \"events\" WHERE pk = 'p1' AND sk = 1")));
        assertEquals(1, dynamo.requestCounts().of("ExecuteStatement", "people"));
        assertEquals(1, dynamo.requestCounts().of("BatchExecuteStatement", "events"));
    }

    @Test
    void throttlingAndTransactionConflictsReachStatements() {
        dynamo.faults().throttleNext(1, "ExecuteStatement", "people");
        assertThrows(ProvisionedThroughputExceededException.class,
                () -> dynamo.executeStatement(b -> b.statement("SELECT * FROM \"people\" WHERE id = 'a1'")));

        // A transaction of statements runs as TransactWriteItems, whose conflict rules it obeys.
        dynamo.faults().conflict("TransactWriteItems", "people", 1.0);
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamo.executeTransaction(b -> b.transactStatements(ParameterizedStatement.builder()
                        .statement("UPDATE \"people\" SET n = 5 WHERE id = 'a1'").build())));
        assertEquals("TransactionConflict", cancelled.cancellationReasons().get(0).code());
    }
}
