package dev.dynamoobjects.benchmarks.server;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Start-up time (launch to first answered request) and resident memory (idle, and after 100,000
 * items) of the runnable server jar and of DynamoDB Local's server, each in a fresh JVM with default
 * settings. Linux only (reads {@code /proc}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.server.ServerFootprint \
 *     runtime-mock/target/dynamo-objects-mock-server.jar 5
 * </pre>
 */
public final class ServerFootprint {
    private static final int ITEMS = 100_000;
    private static final int BATCH = 25;
    private static final byte[] LIST_TABLES = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-amz-json-1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host, Signature=0\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
            .getBytes(StandardCharsets.US_ASCII);

    private ServerFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String serverJar = args.length > 0 ? args[0] : "runtime-mock/target/dynamo-objects-mock-server.jar";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        measure("dynamo-objects server jar", runs, port -> List.of(java, "-jar", serverJar, "--port", port));
        measure("DynamoDB Local -inMemory", runs, port -> List.of(java, "-cp", System.getProperty("java.class.path"),
                "software.amazon.dynamodb.services.local.main.ServerRunner", "-inMemory", "-disableTelemetry",
                "-port", port));
    }

    private interface Command {
        List<String> at(String port);
    }

    private static void measure(String name, int runs, Command command) throws Exception {
        long[] startMillis = new long[runs];
        for (int i = 0; i < runs; i++) {
            int port = BenchmarkServer.freePort();
            Process process = launch(command.at(Integer.toString(port)));
            long started = System.nanoTime();
            awaitFirstAnswer(port);
            startMillis[i] = (System.nanoTime() - started) / 1_000_000;
            if (i < runs - 1) {
                stop(process);
            } else {
                Thread.sleep(2000);
                String idle = rssMegabytes(process);
                String loaded = loadedRss(process, port);
                stop(process);
                Arrays.sort(startMillis);
                System.out.printf("%-28s first answer: median %d ms (min %d, max %d, %d runs); RSS idle %s, after %,d items %s%n",
                        name, startMillis[runs / 2], startMillis[0], startMillis[runs - 1], runs, idle, ITEMS, loaded);
            }
        }
    }

    private static Process launch(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
    }

    private static void awaitFirstAnswer(int port) throws InterruptedException {
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(LIST_TABLES);
                InputStream in = socket.getInputStream();
                if (in.read() >= 0) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(1);
            }
        }
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

    private static String rssMegabytes(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return (kilobytes / 1024) + " MB";
            }
        }
        return "n/a";
    }

    /** What the items really take on the heap: resident memory also holds garbage not yet collected. */
    private static String liveHeapMegabytes(Process process) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(process.pid());
        new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, pid, "GC.heap_info").redirectErrorStream(true).start();
        String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(output);
        return used.find() ? (Long.parseLong(used.group(1)) / 1024) + " MB" : "n/a";
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
