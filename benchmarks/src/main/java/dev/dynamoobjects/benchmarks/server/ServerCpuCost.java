package dev.dynamoobjects.benchmarks.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Server-side CPU time per GetItem and PutItem, for each server in this JVM with one SDK client
 * thread: the CPU time of every other Java thread (the server's acceptors, workers and engine;
 * JIT and GC threads are not Java threads and are left out for both). On a saturated machine a
 * server's throughput is the inverse of this cost, and unlike requests per second it does not
 * depend on what else the machine is running.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.ServerCpuCost 20000 [SERVER...]
 * </pre>
 */
public final class ServerCpuCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<BenchmarkServer> servers = args.length > 1
                ? Arrays.stream(args).skip(1).map(BenchmarkServer::valueOf).collect(Collectors.toList())
                : List.of(BenchmarkServer.values());
        for (BenchmarkServer server : servers) {
            int port = BenchmarkServer.freePort();
            try (AutoCloseable running = server.start(port); DynamoDbClient client = BenchmarkServer.client(port)) {
                BenchmarkServer.fill(client);
                IntConsumer get = id -> client.getItem(b -> b.tableName(BenchmarkServer.TABLE).key(BenchmarkServer.key(id)));
                IntConsumer put = id -> client.putItem(b -> b.tableName(BenchmarkServer.TABLE).item(BenchmarkServer.item(id)));
                for (int warmUp = 0; warmUp < 3; warmUp++) {
                    run(get, requests);
                    run(put, requests);
                }
                System.out.printf("%-17s server CPU per request: GetItem %6.1f us, PutItem %6.1f us%n", server,
                        run(get, requests), run(put, requests));
            }
        }
    }

    /** Runs the requests and returns the CPU microseconds per request spent by other threads. */
    private static double run(IntConsumer request, int count) {
        Map<Long, Long> before = otherThreadsCpu();
        for (int i = 0; i < count; i++) {
            request.accept(ThreadLocalRandom.current().nextInt(BenchmarkServer.ITEMS));
        }
        long spent = 0;
        for (Map.Entry<Long, Long> thread : otherThreadsCpu().entrySet()) {
            spent += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return spent / 1000.0 / count;
    }

    private static Map<Long, Long> otherThreadsCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        long self = Thread.currentThread().getId();
        for (long id : THREADS.getAllThreadIds()) {
            long time = THREADS.getThreadCpuTime(id);
            if (id != self && time > 0) {
                cpu.put(id, time);
            }
        }
        return cpu;
    }
}
