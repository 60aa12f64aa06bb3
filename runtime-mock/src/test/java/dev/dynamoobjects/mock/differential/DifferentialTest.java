package dev.dynamoobjects.mock.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Seeded random requests (writes with conditions, updates, paged queries, scans, batches,
 * transactions and invalid requests) sent to the embedded engine and to DynamoDB Local side by side:
 * every response and every error (code and message) must be the same. This test picks both backends
 * itself, whatever {@code dynamo.objects.backend} says.
 *
 * <p>Reproduce a run with {@code -Ddynamo.objects.differential.seed=<seed>}; make it longer with
 * {@code -Ddynamo.objects.differential.operations=<count>}.
 */
class DifferentialTest {
    private static final long SEED = Long.getLong("dynamo.objects.differential.seed", 20261122L);
    private static final int OPERATIONS = Integer.getInteger("dynamo.objects.differential.operations", 2000);
    private static final int SHOWN_MISMATCHES = 10;

    @Test
    void embeddedAnswersEveryRequestAsDynamoDbLocalDoes() {
        DynamoDbClient reference = DynamoDbLocal.shared().client();
        try (EmbeddedDynamoDb embedded = new EmbeddedDynamoDb()) {
            dropTables(reference);
            Schema.create(reference);
            Schema.create(embedded);

            List<String> mismatches = compare(reference, embedded);

            System.out.printf("Differential test (seed %d): %d operations compared, %d mismatches%n",
                    SEED, OPERATIONS + 2, mismatches.size());
            assertEquals(List.of(), mismatches.subList(0, Math.min(SHOWN_MISMATCHES, mismatches.size())),
                    mismatches.size() + " of " + OPERATIONS + " operations answered differently");
        } finally {
            dropTables(reference);
        }
    }

    private static List<String> compare(DynamoDbClient reference, DynamoDbClient candidate) {
        OperationGenerator generator = new OperationGenerator(SEED, "token-" + UUID.randomUUID() + "-");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            check(mismatches, "#" + i, generator.next(), reference, candidate);
        }
        for (String table : List.of(Schema.HASH_TABLE, Schema.RANGE_TABLE)) {
            check(mismatches, "final", OperationGenerator.fullScan(table), reference, candidate);
        }
        return mismatches;
    }

    private static void check(List<String> mismatches, String step, Operation operation,
            DynamoDbClient reference, DynamoDbClient candidate) {
        String expected = Outcomes.of(reference, operation.call());
        String actual = Outcomes.of(candidate, operation.call());
        if (!expected.equals(actual)) {
            mismatches.add(step + " " + operation + "\n  DynamoDB Local: " + expected + "\n  embedded:       " + actual);
        }
    }

    private static void dropTables(DynamoDbClient client) {
        for (String table : List.of(Schema.HASH_TABLE, Schema.RANGE_TABLE)) {
            try {
                client.deleteTable(d -> d.tableName(table));
            } catch (ResourceNotFoundException absent) {
                // already clean
            }
        }
    }
}
