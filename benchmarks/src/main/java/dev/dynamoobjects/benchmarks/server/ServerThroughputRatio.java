package dev.dynamoobjects.benchmarks.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The same requests per second as {@link ServerThroughputBenchmark}, but with both servers running
 * in one JVM and measured in alternating short rounds, so that a machine shared with other work
 * slows both alike and their ratio survives; JMH measures one server after the other, minutes apart.
 * Prints every round and the median of each server, operation by operation. The {@link
 * BenchmarkServer#CANNED} server runs in the same rounds: its rate is the client's ceiling, so its
 * ratio to DynamoDB Local's is the largest ratio any server can reach through this client; {@link
 * LoadGenerator} measures the servers without it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.ServerThroughputRatio [THREADS=1 [SECONDS=2 [ROUNDS=5]]]
 * </pre>
 */
public final class ServerThroughputRatio {
    private static final List<BenchmarkServer> SERVERS =
            List.of(BenchmarkServer.OURS_OVER_ENGINE, BenchmarkServer.DYNAMODB_LOCAL, BenchmarkServer.CANNED);

    private ServerThroughputRatio() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        long millis = (long) ((args.length > 1 ? Double.parseDouble(args[1]) : 2) * 1000);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<BenchmarkServer, DynamoDbClient> clients = new LinkedHashMap<>();
        List<AutoCloseable> running = new ArrayList<>();
        for (BenchmarkServer server : SERVERS) {
            int port = BenchmarkServer.freePort();
            running.add(server.start(port));
            DynamoDbClient client = BenchmarkServer.client(port);
            BenchmarkServer.fill(client);
            BenchmarkServer.warmUp(client, 20_000);
            clients.put(server, client);
        }
        for (String operation : List.of("GetItem", "PutItem")) {
            Map<BenchmarkServer, double[]> rates = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (BenchmarkServer server : SERVERS) {
                    double rate = rate(request(operation, clients.get(server)), threads, millis);
                    rates.computeIfAbsent(server, s -> new double[rounds])[round] = rate;
                    System.out.printf("%s %-16s round %d: %,8.0f requests/s%n", operation, server, round + 1, rate);
                }
            }
            double ours = median(rates.get(SERVERS.get(0)));
            double local = median(rates.get(SERVERS.get(1)));
            double ceiling = median(rates.get(SERVERS.get(2)));
            System.out.printf("%s, %d threads, median: ours %,.0f, DynamoDB Local %,.0f requests/s: %.1fx"
                            + " (canned ceiling %,.0f: at most %.1fx; ours reaches %.0f%% of it)%n",
                    operation, threads, ours, local, ours / local, ceiling, ceiling / local, 100 * ours / ceiling);
        }
        for (DynamoDbClient client : clients.values()) {
            client.close();
        }
        for (AutoCloseable server : running) {
            server.close();
        }
    }

    private static IntConsumer request(String operation, DynamoDbClient client) {
        return operation.equals("GetItem")
                ? id -> BenchmarkServer.get(client, id)
                : id -> BenchmarkServer.put(client, id);
    }

    /** Requests per second that {@code threads} threads complete in {@code millis}. */
    private static double rate(IntConsumer request, int threads, long millis) throws InterruptedException {
        LongAdder done = new LongAdder();
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    request.accept(ThreadLocalRandom.current().nextInt(BenchmarkServer.ITEMS));
                    done.increment();
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.sum() * 1000.0 / millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
