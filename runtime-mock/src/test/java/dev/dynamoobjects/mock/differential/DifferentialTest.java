package dev.dynamoobjects.mock.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Seeded random requests (writes with conditions, updates, paged queries and scans of the tables and
 * of global and local indexes, batches, transactions, the legacy parameters and invalid requests) sent to the embedded engine and to DynamoDB Local side by side:
 * every response and every error (code and message) must be the same. This test picks both backends
 * itself, whatever {@code dynamo.objects.backend} says.
 *
 * <p>Reproduce a run with {@code -Ddynamo.objects.differential.seed=<seed>}; make it longer with
 * {@code -Ddynamo.objects.differential.operations=<count>}.
 */
class DifferentialTest {
    private static final long SEED = Long.getLong("dynamo.objects.differential.seed", 20261122L);
    private static final int OPERATIONS = Integer.getInteger("dynamo.objects.differential.operations", 4000);
    private static final int SHOWN_MISMATCHES = 10;

    /** DynamoDB Local of its own: ListTables must not see the tables other tests left in the shared one. */
    @Test
    void embeddedAnswersEveryRequestAsDynamoDbLocalDoes() {
        try (DynamoDbLocal local = DynamoDbLocal.start(); EmbeddedDynamoDb embedded = new EmbeddedDynamoDb()) {
            Schema.create(local.client());
            Schema.create(embedded);

            List<String> mismatches = compare(local.client(), embedded);

            System.out.printf("Differential test (seed %d): %d operations compared, %d mismatches%n",
                    SEED, OPERATIONS + 2, mismatches.size());
            mismatches.stream().map(DifferentialTest::kind)
                    .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()))
                    .forEach((kind, count) -> System.out.println("  " + kind + ": " + count));
            writeReport(mismatches);
            assertEquals(List.of(), mismatches.subList(0, Math.min(SHOWN_MISMATCHES, mismatches.size())),
                    mismatches.size() + " of " + OPERATIONS + " operations answered differently");
        }
    }

    /** The operation kind of a mismatch ("#12 PutItem ..." is a PutItem). */
    private static String kind(String mismatch) {
        return mismatch.split(" ", 3)[1];
    }

    /** Every mismatch, in full, for the one who fixes them; the assertion shows the first few. */
    private static void writeReport(List<String> mismatches) {
        try {
            Path report = Path.of("target", "differential-mismatches.txt");
            Files.createDirectories(report.getParent());
            Files.write(report, mismatches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> compare(DynamoDbClient reference, DynamoDbClient candidate) {
        OperationGenerator generator = new OperationGenerator(SEED);
        List<String> mismatches = new ArrayList<>();
        Map<KnownDifference, Integer> known = new EnumMap<>(KnownDifference.class);
        for (int i = 0; i < OPERATIONS; i++) {
            check(mismatches, known, "#" + i, generator.next(), reference, candidate);
        }
        for (String table : List.of(Schema.HASH_TABLE, Schema.RANGE_TABLE)) {
            check(mismatches, known, "final", OperationGenerator.fullScan(table), reference, candidate);
        }
        known.forEach((difference, count) -> System.out.println("  known difference " + difference + ": " + count));
        return mismatches;
    }

    private static void check(List<String> mismatches, Map<KnownDifference, Integer> known, String step,
            Operation operation, DynamoDbClient reference, DynamoDbClient candidate) {
        String expected = Outcomes.of(reference, operation.call());
        String actual = Outcomes.of(candidate, operation.call());
        boolean reconciled = operation.reconcile().test(reference, candidate);
        if (expected.equals(actual) && !reconciled) {
            return;
        }
        Optional<KnownDifference> explained = reconciled
                ? Optional.of(KnownDifference.LEGACY_DELETE_OF_MISSING_ITEM)
                        .filter(difference -> difference.explains("UpdateItem", expected, actual))
                : KnownDifference.explaining(operation, expected, actual);
        if (explained.isPresent()) {
            known.merge(explained.get(), 1, Integer::sum);
        } else {
            mismatches.add(step + " " + operation + "\n  DynamoDB Local: " + expected + "\n  embedded:       " + actual);
        }
    }
}
