package dev.dynamoobjects.benchmarks.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests per second and latency percentiles of the servers over keep-alive HTTP/1.1 connections,
 * measured as {@code wrk} would: no AWS SDK on the sending side, only pre-encoded requests replayed
 * by {@link ConnectionLoop}s, so that the generator costs a fraction of what the SDK's client costs
 * per request ({@link ServerThroughputRatio} shows that client capping every server near 3x
 * DynamoDB Local). Our server over the engine, DynamoDB Local's server and the {@link CannedServer}
 * run in this JVM and are measured in alternating rounds in the same run; the canned server answers
 * without parsing, so its rate is this generator's own ceiling on this machine.
 *
 * <p>Each server gets a table of 1,000 items (100 partitions of 10), filled through the same raw
 * requests, then warmed up (every operation for {@value #WARM_UP_SECONDS} s: DynamoDB Local's first
 * seconds run several times slower). For each operation (GetItem, PutItem, Query of 10 items) and
 * each number of connections it prints each server's median rate and latency percentiles, and the
 * ratios ours/Local and canned/Local.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.LoadGenerator \
 *     [SECONDS=2 [ROUNDS=3 [WARMUP_SECONDS=0.5 [CONNECTIONS=1,8,64 [THREADS=1 [OPERATIONS=GetItem,PutItem,Query
 *     [SERVERS=OURS_OVER_ENGINE,DYNAMODB_LOCAL,CANNED]]]]]]]
 * </pre>
 *
 * The ratios are printed when all three servers ran; fewer are for profiling one of them.
 */
public final class LoadGenerator {
    private static final String ALL_SERVERS = "OURS_OVER_ENGINE,DYNAMODB_LOCAL,CANNED";
    /** Per server and operation before the first point; DynamoDB Local needs seconds to be compiled. */
    private static final int WARM_UP_SECONDS = 10;

    private LoadGenerator() {
    }

    /** What one invocation measures, from the command line. */
    private record Settings(double seconds, int rounds, double warmUp, int[] levels, int threads,
                            List<String> operations, List<BenchmarkServer> servers) {
        static Settings parse(String[] args) {
            return new Settings(args.length > 0 ? Double.parseDouble(args[0]) : 2,
                    args.length > 1 ? Integer.parseInt(args[1]) : 3,
                    args.length > 2 ? Double.parseDouble(args[2]) : 0.5,
                    Arrays.stream((args.length > 3 ? args[3] : "1,8,64").split(",")).mapToInt(Integer::parseInt).toArray(),
                    args.length > 4 ? Integer.parseInt(args[4]) : 1,
                    List.of((args.length > 5 ? args[5] : "GetItem,PutItem,Query").split(",")),
                    Arrays.stream((args.length > 6 ? args[6] : ALL_SERVERS).split(","))
                            .map(BenchmarkServer::valueOf).collect(Collectors.toList()));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Map<BenchmarkServer, InetSocketAddress> addresses = new LinkedHashMap<>();
        List<AutoCloseable> running = new ArrayList<>();
        for (BenchmarkServer server : settings.servers()) {
            int port = BenchmarkServer.freePort();
            running.add(server.start(port));
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
            LoadRequests requests = new LoadRequests(port);
            fill(address, requests);
            if (server != BenchmarkServer.CANNED) {
                checkQuery(address, requests);
            }
            addresses.put(server, address);
        }
        warmUp(addresses, settings.operations(), settings.threads());
        System.out.printf("%d generator thread(s); per point %d alternating rounds of %.1f s warm-up + %.1f s"
                + " measured; medians of the rounds, latencies over all of them%n",
                settings.threads(), settings.rounds(), settings.warmUp(), settings.seconds());
        for (String operation : settings.operations()) {
            for (int connections : settings.levels()) {
                measurePoint(addresses, operation, connections, settings);
            }
        }
        for (AutoCloseable server : running) {
            server.close();
        }
    }

    /**
     * Measures every server at one operation and level in alternating rounds, so that a machine
     * shared with other work slows all of them alike, then prints each one's median and the ratios.
     */
    private static void measurePoint(Map<BenchmarkServer, InetSocketAddress> addresses, String operation,
                                     int connections, Settings settings) throws InterruptedException {
        Map<BenchmarkServer, List<LoadRun>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < settings.rounds(); round++) {
            for (BenchmarkServer server : settings.servers()) {
                InetSocketAddress address = addresses.get(server);
                List<byte[]> requests = new LoadRequests(address.getPort()).all(operation);
                rounds.computeIfAbsent(server, s -> new ArrayList<>()).add(LoadRun.measure(address, requests,
                        connections, settings.threads(), settings.warmUp(), settings.seconds()));
            }
        }
        Map<BenchmarkServer, LoadRun> medians = new LinkedHashMap<>();
        rounds.forEach((server, runs) -> {
            medians.put(server, LoadRun.median(runs));
            print(operation, connections, server, runs, medians.get(server));
        });
        printRatios(operation, connections, medians);
    }

    /** Creates the table and writes every item once, through one connection, checking each answer. */
    private static void fill(InetSocketAddress address, LoadRequests requests) throws IOException {
        try (SocketChannel channel = SocketChannel.open(address)) {
            exchange(channel, requests.createTable());
            for (byte[] put : requests.all("PutItem")) {
                exchange(channel, put);
            }
        }
    }

    /** Guards the Query figures: a Query that found nothing would be cheap and prove nothing. */
    private static void checkQuery(InetSocketAddress address, LoadRequests requests) throws IOException {
        try (SocketChannel channel = SocketChannel.open(address)) {
            String answer = exchange(channel, requests.all("Query").get(0));
            if (!answer.replace(" ", "").matches(".*\"Count\":" + LoadRequests.ITEMS_PER_PARTITION + "[,}].*")) {
                throw new IllegalStateException("a Query should find " + LoadRequests.ITEMS_PER_PARTITION
                        + " items, the server at " + address + " answered " + answer);
            }
        }
    }

    /**
     * Runs every operation against every server once, unmeasured, before the first point: each
     * point's own warm-up is too short for the JIT to compile a cold server's whole request path.
     */
    private static void warmUp(Map<BenchmarkServer, InetSocketAddress> addresses, List<String> operations,
                               int threads) throws InterruptedException {
        for (InetSocketAddress address : addresses.values()) {
            for (String operation : operations) {
                LoadRun.measure(address, new LoadRequests(address.getPort()).all(operation), 8, threads,
                        WARM_UP_SECONDS, 0);
            }
        }
    }

    /** Sends one request and returns the body of its answer, which must be 200. */
    private static String exchange(SocketChannel channel, byte[] request) throws IOException {
        channel.write(ByteBuffer.wrap(request));
        HttpResponseFramer framer = new HttpResponseFramer(true);
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        boolean complete = false;
        while (!complete) {
            buffer.clear();
            if (channel.read(buffer) < 0) {
                throw new IOException("the server at " + channel.getRemoteAddress() + " closed the connection");
            }
            buffer.flip();
            complete = framer.feed(buffer);
        }
        if (framer.status() != 200) {
            throw new IllegalStateException("setting up the table failed with HTTP " + framer.status()
                    + ": " + framer.body());
        }
        return framer.body();
    }

    private static void print(String operation, int connections, BenchmarkServer server, List<LoadRun> rounds,
                              LoadRun run) {
        LatencyHistogram latencies = run.latencies();
        String perRound = rounds.stream().map(r -> String.format("%,.0f", r.requestsPerSecond()))
                .collect(Collectors.joining(" / "));
        System.out.printf("%-7s %3d connections %-16s %,9.0f requests/s (%s)  server CPU %.1f us/request"
                        + "  latency p50 %s p90 %s p99 %s ms%s%n",
                operation, connections, server, run.requestsPerSecond(), perRound, run.serverCpuMicros(),
                millis(latencies.percentile(0.50)),
                millis(latencies.percentile(0.90)), millis(latencies.percentile(0.99)),
                run.errors() == 0 ? "" : String.format("  %,d ERRORS (last HTTP %d)", run.errors(), run.lastErrorStatus()));
    }

    private static void printRatios(String operation, int connections, Map<BenchmarkServer, LoadRun> runs) {
        if (runs.size() < 3) {
            return;
        }
        double ours = runs.get(BenchmarkServer.OURS_OVER_ENGINE).requestsPerSecond();
        double local = runs.get(BenchmarkServer.DYNAMODB_LOCAL).requestsPerSecond();
        double canned = runs.get(BenchmarkServer.CANNED).requestsPerSecond();
        System.out.printf("%-7s %3d connections: ours/Local %.1fx, ceiling canned/Local %.1fx, ours at %.0f%% of the"
                + " generator's ceiling; server CPU per request %.1fx less than Local's%n", operation, connections,
                ours / local, canned / local, 100 * ours / canned, runs.get(BenchmarkServer.DYNAMODB_LOCAL).serverCpuMicros()
                        / runs.get(BenchmarkServer.OURS_OVER_ENGINE).serverCpuMicros());
    }

    private static String millis(long nanos) {
        return String.format("%.3f", nanos / 1e6);
    }
}
