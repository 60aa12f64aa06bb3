package dev.dynamoobjects.benchmarks.server;

import dev.dynamoobjects.benchmarks.jvm.ResidentMemory;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Memory per stored item as a user runs the server: the server jar in a fresh process with the JVM's
 * default options (so under G1 with the jar's own heap tuning), the same jar with {@code --keep-heap}
 * (G1's defaults), and DynamoDB Local's server with {@code -inMemory}, each loaded with the same small
 * items (five attributes, about 60 bytes, one per partition, as {@code engine.MemoryPerItem} loads)
 * over {@value #CONNECTIONS} keep-alive connections in BatchWriteItems of 25, sent as raw bytes (no
 * SDK). The figure is the growth of the server process's resident memory from after the first 1,000
 * items to after the load, each read once it has not fallen for {@value #STEADY_SECONDS} s (an idle
 * server: the jar's G1 returns memory {@code HeapTuning.IDLE_SECONDS} s after its last collection),
 * divided by the items. It also prints the load's time and the server's CPU for it (all threads,
 * collector included), the CPU the settled server then uses in {@value #IDLE_SECONDS} s of idleness
 * and, last, the heap in use after a full collection ({@code jcmd GC.run}).
 * Linux only (reads {@code /proc}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.ServerMemoryPerItem \
 *     [SERVER_JAR=runtime-mock/target/dynamo-objects-mock-server.jar [ITEMS=1000000 [ROUNDS=1]]]
 * </pre>
 */
public final class ServerMemoryPerItem {
    private static final int CONNECTIONS = 4;
    private static final int BATCH = 25;
    private static final int FIRST_ITEMS = 1000;
    private static final int STEADY_SECONDS = 30;
    private static final int MAX_SETTLE_SECONDS = 120;
    /** How long the idle server's CPU is watched after it settled (the jar's idle collections included). */
    private static final int IDLE_SECONDS = 60;

    private ServerMemoryPerItem() {
    }

    public static void main(String[] args) throws Exception {
        String serverJar = args.length > 0 ? args[0] : "runtime-mock/target/dynamo-objects-mock-server.jar";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, List<String>> servers = new LinkedHashMap<>();
        servers.put("server jar", List.of(java, "-jar", serverJar, "--port"));
        servers.put("server jar --keep-heap", List.of(java, "-jar", serverJar, "--keep-heap", "--port"));
        servers.put("DynamoDB Local", List.of(java, "-cp", System.getProperty("java.class.path"),
                "software.amazon.dynamodb.services.local.main.ServerRunner", "-inMemory", "-disableTelemetry", "-port"));
        System.out.printf("Resident memory per stored item over HTTP, %,d items, %d connections, default JVM options%n",
                items, CONNECTIONS);
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> server : servers.entrySet()) {
                System.out.printf("%-24s %s%n", server.getKey(), measure(server.getValue(), items));
            }
        }
    }

    private static String measure(List<String> command, int items) throws Exception {
        int port = BenchmarkServer.freePort();
        Path output = Files.createTempFile("server-memory", ".log");
        List<String> full = new ArrayList<>(command);
        full.add(Integer.toString(port));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            LoadRequests requests = new LoadRequests(port);
            try (Socket socket = ServerFootprint.connectWhenOpen(port)) {
                exchange(socket, requests.createTable());
            }
            load(requests, port, 0, FIRST_ITEMS);
            long before = settled(process);
            long cpuBefore = ServerFootprint.cpuMillis(process);
            long started = System.nanoTime();
            load(requests, port, FIRST_ITEMS, items);
            double seconds = (System.nanoTime() - started) / 1e9;
            long cpu = ServerFootprint.cpuMillis(process) - cpuBefore;
            long after = settled(process);
            long idleCpu = ServerFootprint.cpuMillis(process);
            Thread.sleep(IDLE_SECONDS * 1000L);
            idleCpu = ServerFootprint.cpuMillis(process) - idleCpu;
            return String.format("%6.1f B/item resident (%d -> %d MB); load %.1f s, server CPU %.1f s; idle CPU %.2f s"
                    + " in %d s; heap in use after a full GC %s%s", (double) (after - before) / items, before >> 20,
                    after >> 20, seconds, cpu / 1000.0, idleCpu / 1000.0, IDLE_SECONDS,
                    ServerFootprint.liveHeapMegabytes(process), heapLine(output));
        } finally {
            ServerFootprint.stop(process);
            Files.deleteIfExists(output);
        }
    }

    private static long settled(Process process) throws IOException, InterruptedException {
        return ResidentMemory.settledBytes(process.pid(), STEADY_SECONDS * 1000L, MAX_SETTLE_SECONDS * 1000L);
    }

    /** What the jar said it did to its heap settings, when it said so. */
    private static String heapLine(Path output) throws IOException {
        return Files.readAllLines(output).stream().filter(line -> line.startsWith("Heap:")).findFirst()
                .map(line -> "; " + line).orElse("");
    }

    /** Writes items {@code from} to {@code to} (excluded), split among the connections. */
    private static void load(LoadRequests requests, int port, int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> connections = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int connection = c;
            connections.add(pool.submit(() -> {
                try (Socket socket = ServerFootprint.connectWhenOpen(port)) {
                    for (int first = from + connection * BATCH; first < to; first += CONNECTIONS * BATCH) {
                        exchange(socket, requests.batchWrite(first, Math.min(BATCH, to - first)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> connection : connections) {
            connection.get();
        }
        pool.shutdown();
    }

    /** Sends one BatchWriteItem; its answer must be 200 with nothing left unprocessed. */
    private static void exchange(Socket socket, byte[] request) throws IOException {
        String body = ServerFootprint.exchange(socket, request);
        if (body.contains("UnprocessedItems") && !body.replace(" ", "").contains("\"UnprocessedItems\":{}")) {
            throw new IllegalStateException("items came back unprocessed: " + body);
        }
    }
}
