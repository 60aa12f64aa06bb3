package dev.dynamoobjects.benchmarks.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where the time of one SDK client thread's GetItem and PutItem goes, for each server in this JVM:
 * the wall time per request, the client thread's own CPU time, and the server's CPU time (every
 * other Java thread: the server's acceptors, workers and engine; JIT and GC threads are not Java
 * threads and are left out for both). What remains of the wall time is waiting: wake-ups and
 * anything a server sleeps on. With one client thread, requests per second are the inverse of the
 * wall time; on a saturated machine, the inverse of client plus server CPU. Unlike requests per
 * second, the CPU figures do not depend on what else the machine is running.
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
                IntConsumer get = id -> BenchmarkServer.get(client, id);
                IntConsumer put = id -> BenchmarkServer.put(client, id);
                BenchmarkServer.warmUp(client, 3 * requests);
                System.out.printf("%-17s GetItem %s%n", server, run(get, requests));
                System.out.printf("%-17s PutItem %s%n", server, run(put, requests));
            }
        }
    }

    /** Runs the requests and returns where their time went. */
    private static Cost run(IntConsumer request, int count) {
        long self = Thread.currentThread().getId();
        ThreadCpu server = ThreadCpu.startExcluding(thread -> thread.getThreadId() == self);
        long clientBefore = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            request.accept(ThreadLocalRandom.current().nextInt(BenchmarkServer.ITEMS));
        }
        long wall = System.nanoTime() - start;
        long client = THREADS.getCurrentThreadCpuTime() - clientBefore;
        return new Cost(wall / 1000.0 / count, client / 1000.0 / count, server.elapsedNanos() / 1000.0 / count);
    }

    /** Microseconds per request. */
    private record Cost(double wall, double client, double server) {
        @Override
        public String toString() {
            return String.format("server CPU %6.1f us | client CPU %6.1f us | wall %6.1f us = %,6.0f requests/s",
                    server, client, wall, 1e6 / wall);
        }
    }
}
