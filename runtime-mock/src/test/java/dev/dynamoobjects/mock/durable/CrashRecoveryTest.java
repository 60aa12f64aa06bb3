package dev.dynamoobjects.mock.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The server jar with {@code --data-dir}, killed with {@code kill -9} while concurrent writers put
 * items, update counters conditionally and write two-item transactions, and while the server
 * compacts its directory (a low {@code --compact-after}, and more updates than new items, so that
 * snapshots are taken and written all along): after each restart every acknowledged write is there
 * and no transaction is half applied.
 */
class CrashRecoveryTest {
    private static final int ROUNDS = 3;
    private static final int WRITERS = 4;
    private static final String TABLE = "ledger";
    /** Counter updates per new item: the journal outgrows twice the items, which compaction waits for. */
    private static final int UPDATES_PER_PUT = 5;
    @TempDir
    Path directory;
    /** How many starts loaded a snapshot (the server prints what it recovered). */
    private int startsFromSnapshots;

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Random random = new Random();
        Map<String, String> acknowledgedPuts = new ConcurrentHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process server = start();
            try (DynamoDbClient client = client(endpoint(server))) {
                if (round == 0) {
                    createTable(client);
                }
                check(client, acknowledgedPuts);
                Map<String, Long> counters = counters(client);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<Long>> acknowledgedCounters = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    Writer writer = new Writer(client, "r" + round + "w" + w, "counter" + w,
                            counters.getOrDefault("counter" + w, 0L), acknowledgedPuts);
                    acknowledgedCounters.add(writers.submit(writer::run));
                }
                // Enough writes for a compaction to be due (whatever the machine's load), then a random moment.
                int written = acknowledgedPuts.size();
                while (acknowledgedPuts.size() < written + 12 * WRITERS && !done(acknowledgedCounters)) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(700));
                server.destroyForcibly().waitFor();
                writers.shutdown();
                assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
                Process restarted = start();
                try (DynamoDbClient after = client(endpoint(restarted))) {
                    check(after, acknowledgedPuts);
                    Map<String, Long> recovered = counters(after);
                    for (int w = 0; w < WRITERS; w++) {
                        long acknowledged = acknowledgedCounters.get(w).get();
                        long value = recovered.getOrDefault("counter" + w, 0L);
                        // The update in flight at the kill may or may not have been applied.
                        assertTrue(value == acknowledged || value == acknowledged + 1,
                                "counter" + w + ": acknowledged " + acknowledged + ", recovered " + value);
                    }
                } finally {
                    restarted.destroyForcibly().waitFor();
                }
            } finally {
                server.destroyForcibly().waitFor();
            }
        }
        assertTrue(acknowledgedPuts.size() > WRITERS * ROUNDS, "the writers wrote: " + acknowledgedPuts.size());
        assertTrue(startsFromSnapshots > 0, "restarts from a snapshot the server wrote while it ran");
    }

    private static boolean done(List<Future<Long>> writers) {
        return writers.stream().allMatch(Future::isDone);
    }

    /** One writer: until the server dies, a put, a conditional counter increment, a two-item transaction. */
    private record Writer(DynamoDbClient client, String prefix, String counter, long start,
                          Map<String, String> acknowledgedPuts) {
        /** Returns the counter's last acknowledged value. */
        long run() {
            long value = start;
            try {
                for (int i = 0; ; i++) {
                    String id = prefix + "-" + i;
                    client.putItem(p -> p.tableName(TABLE).item(Map.of("id", s(id), "v", s("put " + id))));
                    acknowledgedPuts.put(id, "put " + id);
                    for (int update = 0; update < UPDATES_PER_PUT; update++) {
                        long expected = value;
                        client.updateItem(u -> u.tableName(TABLE).key(Map.of("id", s(counter)))
                                .updateExpression("SET n = :next")
                                .conditionExpression(expected == 0 ? "attribute_not_exists(n)" : "n = :expected")
                                .expressionAttributeValues(expected == 0 ? Map.of(":next", n(1))
                                        : Map.of(":next", n(expected + 1), ":expected", n(expected))));
                        value++;
                    }
                    client.transactWriteItems(t -> t.transactItems(pairItem(id, "a"), pairItem(id, "b")));
                    acknowledgedPuts.put(id + "-a", "tx " + id);
                    acknowledgedPuts.put(id + "-b", "tx " + id);
                }
            } catch (RuntimeException serverGone) {
                return value;
            }
        }

        private static TransactWriteItem pairItem(String id, String half) {
            return TransactWriteItem.builder().put(p -> p.tableName(TABLE)
                    .item(Map.of("id", s(id + "-" + half), "v", s("tx " + id), "pair", s(id)))).build();
        }
    }

    /** Every acknowledged put is there with its value, and every transaction's items are both there or both absent. */
    private static void check(DynamoDbClient client, Map<String, String> acknowledgedPuts) {
        Map<String, String> stored = new HashMap<>();
        Map<String, Integer> pairHalves = new HashMap<>();
        client.scanPaginator(s -> s.tableName(TABLE)).items().forEach(item -> {
            if (item.containsKey("v")) {
                stored.put(item.get("id").s(), item.get("v").s());
            }
            if (item.containsKey("pair")) {
                pairHalves.merge(item.get("pair").s(), 1, Integer::sum);
            }
        });
        acknowledgedPuts.forEach((id, value) -> assertEquals(value, stored.get(id), "acknowledged write " + id));
        pairHalves.forEach((pair, halves) -> assertEquals(2, halves, "transaction " + pair + " is half applied"));
    }

    private static Map<String, Long> counters(DynamoDbClient client) {
        Map<String, Long> counters = new HashMap<>();
        client.scanPaginator(s -> s.tableName(TABLE)).items().forEach(item -> {
            if (item.containsKey("n")) {
                counters.put(item.get("id").s(), Long.parseLong(item.get("n").n()));
            }
        });
        return counters;
    }

    private static void createTable(DynamoDbClient client) {
        client.createTable(c -> c.tableName(TABLE).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    }

    /** Starts the server's main class in a new JVM on this test's class path. */
    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.dynamoobjects.mock.server.Main",
                "--port", "0", "--data-dir", directory.toString(), "--compact-after", "50")
                .redirectErrorStream(true).start();
    }

    /** Reads the start-up lines up to the one that says where the server listens. */
    private URI endpoint(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String prefix = "dynamo-objects mock server listening on ";
        StringBuilder printed = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            printed.append(line).append('\n');
            if (line.contains(": loaded snapshot-")) {
                startsFromSnapshots++;
            }
            if (line.startsWith(prefix)) {
                return URI.create(line.substring(prefix.length()));
            }
        }
        throw new AssertionError("the server did not start:\n" + printed);
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
