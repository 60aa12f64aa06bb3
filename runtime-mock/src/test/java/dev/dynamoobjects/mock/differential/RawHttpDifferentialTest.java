package dev.dynamoobjects.mock.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.server.DynamoServer;
import dev.dynamoobjects.mock.server.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Raw HTTP requests (no SDK: bodies and headers as a hand-written client or a recorded suite sends
 * them, valid and mutated) sent to DynamoDB Local's own HTTP server and to ours over a new engine:
 * status, content type, CRC32 header, {@code __type}, the message key's spelling and the whole body
 * (keys sorted, times and ids masked) must be alike, or the difference be one where DynamoDB Local
 * is not DynamoDB ({@link RawKnownDifference}, {@link KnownDifference}).
 *
 * <p>Reproduce a run with {@code -Ddynamo.objects.differential.rawSeeds=<seed,...>}; make it longer
 * with {@code -Ddynamo.objects.differential.rawRequests=<count per seed>}.
 */
class RawHttpDifferentialTest {
    private static final long[] SEEDS = seeds("dynamo.objects.differential.rawSeeds", 5L, 17L, 2026L);
    private static final int REQUESTS = Integer.getInteger("dynamo.objects.differential.rawRequests", 1500);
    private static final int SHOWN_MISMATCHES = 10;
    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction");

    @Test
    void theServerAnswersEveryRawRequestAsDynamoDbLocalDoes() {
        List<String> mismatches = new ArrayList<>();
        Map<RawKnownDifference, Integer> known = new EnumMap<>(RawKnownDifference.class);
        int compared = 0;
        try (LocalHttpServer local = LocalHttpServer.start(); EmbeddedDynamoDb engine = new EmbeddedDynamoDb();
             DynamoServer server = DynamoServer.start(engine, ServerOptions.defaults().errorLog(line -> { }));
             DynamoDbClient localClient = client(local)) {
            RawPair pair = new RawPair(local, server, localClient, engine, mismatches, known);
            RawRequestGenerator.createTables().forEach(pair::compare);
            compared += 2;
            for (long seed : SEEDS) {
                Supplier<RawRequest> generator = new RawRequestGenerator(seed);
                for (int i = 0; i < REQUESTS; i++) {
                    pair.compare(generator.get());
                }
                RawRequestGenerator.finalScans().forEach(pair::compare);
                compared += REQUESTS + 2;
            }
        }
        known.forEach((difference, count) -> System.out.println("  known difference " + difference + ": " + count));
        System.out.printf("Raw HTTP differential test (seeds %s): %d requests compared, %d mismatches%n",
                Arrays.toString(SEEDS), compared, mismatches.size());
        report(mismatches, compared);
    }

    /** The two servers side by side, and what comparing their answers found. */
    private record RawPair(LocalHttpServer local, DynamoServer server, DynamoDbClient localClient,
                           DynamoDbClient engine, List<String> mismatches, Map<RawKnownDifference, Integer> known) {
        void compare(RawRequest request) {
            String expected = RawExchange.send(local.endpoint(), request).canonical();
            String actual = RawExchange.send(server.endpoint(), request).canonical();
            if (expected.equals(actual)) {
                return;
            }
            List<RawKnownDifference> applied = new ArrayList<>();
            String dynamoDb = RawKnownDifference.asDynamoDb(request, expected, applied);
            Optional<RawKnownDifference> explained = dynamoDb.equals(actual) ? Optional.empty()
                    : RawKnownDifference.explaining(request, dynamoDb, actual);
            if (dynamoDb.equals(actual) || explained.isPresent()) {
                explained.ifPresent(applied::add);
                applied.forEach(difference -> known.merge(difference, 1, Integer::sum));
            } else {
                mismatches.add("#" + mismatches.size() + " " + shortened(request.toString())
                        + "\n  DynamoDB Local: " + shortened(expected) + "\n  our server:     " + shortened(actual));
            }
            if (WRITES.contains(request.operation())) {
                // The engine takes DynamoDB Local's data, so one cause is not reported again by later reads.
                Resync.tables(localClient, engine, List.of(Schema.HASH_TABLE, Schema.RANGE_TABLE));
            }
            if (request.operation().endsWith("Table")) {
                sameTables();
            }
        }

        /** Drops a table only one side created or kept (Local serves a create another content type named). */
        private void sameTables() {
            List<String> localTables = localClient.listTables().tableNames();
            List<String> ourTables = engine.listTables().tableNames();
            localTables.stream().filter(table -> !ourTables.contains(table))
                    .forEach(table -> localClient.deleteTable(d -> d.tableName(table)));
            ourTables.stream().filter(table -> !localTables.contains(table))
                    .forEach(table -> engine.deleteTable(d -> d.tableName(table)));
        }
    }

    private static DynamoDbClient client(LocalHttpServer local) {
        return DynamoDbClient.builder().endpointOverride(local.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .build();
    }

    private static long[] seeds(String property, long... defaults) {
        String value = System.getProperty(property);
        return value == null ? defaults : Arrays.stream(value.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static String shortened(String text) {
        int max = 700;
        return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " characters)";
    }

    /** Prints the mismatches by operation, writes them all to a file and fails on the first few. */
    private static void report(List<String> mismatches, int requests) {
        mismatches.stream().map(mismatch -> mismatch.split(" ", 4)[2])
                .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> System.out.println("  " + kind + ": " + count));
        try {
            Path file = Path.of("target", "differential-raw-http-mismatches.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, String.join("\n", mismatches).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(SHOWN_MISMATCHES, mismatches.size())),
                mismatches.size() + " of " + requests + " raw requests answered differently"
                        + " (target/differential-raw-http-mismatches.txt)");
    }
}
