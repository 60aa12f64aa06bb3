package dev.dynamoobjects.benchmarks.server;

import dev.dynamoobjects.benchmarks.jvm.ResidentMemory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Start-up time and resident memory (idle, and after 100,000 items) of the runnable server jar, with
 * and without the class-data archive the build makes beside it ({@code .jsa}), with the archive and
 * {@code --keep-heap} (no heap tuning), and of DynamoDB Local's server, each in a fresh JVM with default
 * settings. Start-up runs from the launch of the process to the answer of its first DynamoDB request:
 * a raw-socket client connects as soon as the port is open and sends a CreateTable, then a GetItem on
 * that table (a health check such as {@code GET /} would load almost none of what a request needs).
 * The loaded figure is read right after the load ({@link ServerMemoryPerItem} waits until the server
 * is idle). Linux only (reads {@code /proc}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.ServerFootprint \
 *     runtime-mock/target/dynamo-objects-mock-server.jar 5
 * </pre>
 */
public final class ServerFootprint {
    private static final int ITEMS = 100_000;
    private static final int BATCH = 25;
    private static final String FIRST_TABLE = "first";
    private static final byte[] CREATE_TABLE = request("CreateTable", "{\"TableName\":\"" + FIRST_TABLE + "\","
            + "\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
            + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}");
    private static final byte[] GET_ITEM = request("GetItem", "{\"TableName\":\"" + FIRST_TABLE + "\","
            + "\"Key\":{\"pk\":{\"S\":\"a\"}}}");

    private ServerFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String serverJar = args.length > 0 ? args[0] : "runtime-mock/target/dynamo-objects-mock-server.jar";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, Command> servers = new LinkedHashMap<>();
        servers.put("dynamo-objects server jar", port -> List.of(java, "-jar", serverJar, "--port", port));
        String archive = serverJar.replaceFirst("\\.jar$", ".jsa");
        if (Files.exists(Path.of(archive))) {
            servers.put("same, with its AppCDS archive", port -> List.of(java, "-XX:SharedArchiveFile=" + archive,
                    "-jar", serverJar, "--port", port));
            // What the jar's heap tuning (after it listens) costs the first requests.
            servers.put("same, archive, --keep-heap", port -> List.of(java, "-XX:SharedArchiveFile=" + archive,
                    "-jar", serverJar, "--keep-heap", "--port", port));
        }
        servers.put("DynamoDB Local -inMemory", port -> List.of(java, "-cp", System.getProperty("java.class.path"),
                "software.amazon.dynamodb.services.local.main.ServerRunner", "-inMemory", "-disableTelemetry",
                "-port", port));
        Map<String, long[][]> startUps = new LinkedHashMap<>();
        servers.keySet().forEach(name -> startUps.put(name, new long[3][runs]));
        // Alternating, so that a machine shared with other work slows every server alike.
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, Command> server : servers.entrySet()) {
                Process process = startUp(server.getValue(), startUps.get(server.getKey()), i);
                stop(process);
            }
        }
        for (Map.Entry<String, Command> server : servers.entrySet()) {
            long[][] millis = startUps.get(server.getKey());
            System.out.printf("%-30s launch to first CreateTable answered: %s; to the GetItem after it: %s;"
                    + " process CPU by then %s; %s%n", server.getKey(), summary(millis[0]), summary(millis[1]),
                    summary(millis[2]), residentMemory(server.getValue()));
        }
    }

    private interface Command {
        List<String> at(String port);
    }

    /**
     * Launches a server and records when its first CreateTable and GetItem were answered in
     * {@code millis[0 and 1][run]}, and the CPU its process had used by then (all its threads, JIT and
     * GC included: the figure a loaded machine changes least) in {@code millis[2][run]}.
     */
    private static Process startUp(Command command, long[][] millis, int run) throws Exception {
        int port = BenchmarkServer.freePort();
        long started = System.nanoTime();
        Process process = launch(command.at(Integer.toString(port)));
        try (Socket socket = connectWhenOpen(port)) {
            exchange(socket, CREATE_TABLE);
            millis[0][run] = (System.nanoTime() - started) / 1_000_000;
            exchange(socket, GET_ITEM);
            millis[1][run] = (System.nanoTime() - started) / 1_000_000;
            millis[2][run] = cpuMillis(process);
        }
        return process;
    }

    private static String residentMemory(Command command) throws Exception {
        int port = BenchmarkServer.freePort();
        Process process = launch(command.at(Integer.toString(port)));
        try (Socket socket = connectWhenOpen(port)) {
            exchange(socket, CREATE_TABLE);
        }
        Thread.sleep(2000);
        String idle = rssMegabytes(process);
        String loaded = loadedRss(process, port);
        stop(process);
        return String.format("RSS idle %s, after %,d items %s", idle, ITEMS, loaded);
    }

    private static String summary(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("median %d ms (min %d, max %d, %d runs)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    private static Process launch(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
    }

    /** Connects as soon as the port accepts: polling every millisecond, as a test harness would. */
    static Socket connectWhenOpen(int port) throws InterruptedException {
        while (true) {
            try {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                return socket;
            } catch (IOException notYet) {
                Thread.sleep(1);
            }
        }
    }

    /** Sends one request and returns the body of its answer, which must be 200: an error answer proves nothing. */
    static String exchange(Socket socket, byte[] request) throws IOException {
        socket.getOutputStream().write(request);
        HttpResponseFramer framer = new HttpResponseFramer(true);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16 * 1024];
        boolean complete = false;
        while (!complete) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("the server closed the connection before it answered");
            }
            complete = framer.feed(ByteBuffer.wrap(buffer, 0, n));
        }
        if (framer.status() != 200) {
            throw new IllegalStateException("a request failed with HTTP " + framer.status() + ": "
                    + framer.body());
        }
        return framer.body();
    }

    /** A request as the SDK sends it, with a SigV4-shaped header (DynamoDB Local reads key and region from it). */
    private static byte[] request(String operation, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, "
                + "SignedHeaders=host, Signature=0\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] bytes = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        return bytes;
    }

    private static String loadedRss(Process process, int port) throws Exception {
        try (DynamoDbClient client = BenchmarkServer.client(port)) {
            client.createTable(b -> b.tableName(BenchmarkServer.TABLE)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                    .keySchema(k -> k.attributeName("pk").keyType("HASH")).billingMode("PAY_PER_REQUEST"));
            write(client);
            return rssMegabytes(process) + " (heap in use after a full GC: " + liveHeapMegabytes(process) + ")";
        } catch (RuntimeException e) {
            return "n/a (" + e.getMessage() + ")";
        }
    }

    /**
     * Writes the items from 4 threads in batches of 25, retrying what comes back unprocessed; one
     * by one where the server does not serve BatchWriteItem.
     */
    private static void write(DynamoDbClient client) throws Exception {
        boolean batches = servesBatches(client);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int first = 0; first < ITEMS; first += BATCH) {
            int from = first;
            writes.add(pool.submit(() -> batches ? writeBatch(client, from) : writeOneByOne(client, from)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();
    }

    private static boolean servesBatches(DynamoDbClient client) {
        try {
            client.batchWriteItem(b -> b.requestItems(Map.of(BenchmarkServer.TABLE,
                    List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(BenchmarkServer.item(0)).build()).build()))));
            return true;
        } catch (DynamoDbException e) {
            return false;
        }
    }

    private static Void writeOneByOne(DynamoDbClient client, int from) {
        for (int id = from; id < from + BATCH; id++) {
            int item = id;
            client.putItem(b -> b.tableName(BenchmarkServer.TABLE).item(BenchmarkServer.item(item)));
        }
        return null;
    }

    private static Void writeBatch(DynamoDbClient client, int from) {
        List<WriteRequest> writes = new ArrayList<>(BATCH);
        for (int id = from; id < from + BATCH; id++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(BenchmarkServer.item(id)).build())
                    .build());
        }
        Map<String, List<WriteRequest>> pending = Map.of(BenchmarkServer.TABLE, writes);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
            pending = response.unprocessedItems();
        }
        return null;
    }

    /** User and system CPU of the process so far, from {@code /proc} in clock ticks of 10 ms. */
    static long cpuMillis(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command's closing parenthesis: state is field 3, utime 14 and stime 15.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String rssMegabytes(Process process) throws IOException {
        long bytes = ResidentMemory.bytes(process.pid());
        return bytes == 0 ? "n/a" : (bytes / (1024 * 1024)) + " MB";
    }


    /** What the items really take on the heap: resident memory also holds garbage not yet collected. */
    static String liveHeapMegabytes(Process process) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(process.pid());
        new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
        String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(output);
        return used.find() ? (Long.parseLong(used.group(1)) / 1024) + " MB" : "n/a";
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
