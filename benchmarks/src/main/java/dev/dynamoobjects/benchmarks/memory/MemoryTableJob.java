package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.batch.BatchWrite;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A computational job over many items, run on a plain table and on a memory table: read every
 * counter, add to it several times, write it. Prints the requests each made, the capacity the
 * backend reports they consumed, the time, and the ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.memory.MemoryTableJob [embedded|dynamodb-local] [items] [passes]
 * </pre>
 *
 * <p>The default backend is DynamoDB Local in process, until the embedded engine serves batch requests.
 */
public final class MemoryTableJob {
    private MemoryTableJob() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "dynamodb-local";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> ids = IntStream.range(0, items).mapToObj(i -> "counter-" + i).toList();
        DynamoDbLocal local = backend.equals("embedded") ? null : DynamoDbLocal.start();
        DynamoDbClient client = local == null ? new EmbeddedDynamoDb() : local.client();
        try {
            MeteredClient meter = MeteredClient.on(client);
            CounterTable table = new CounterTable(DynamoDatabase.of(meter.client()));
            fill(table, ids);
            plainJob(table, ids.subList(0, Math.min(500, items)), 1);      // warm-up of both code paths
            memoryJob(table, ids.subList(0, Math.min(500, items)), 1);
            Result plain = measure(meter, () -> plainJob(table, ids, passes));
            Result memory = measure(meter, () -> memoryJob(table, ids, passes));
            print(backend, items, passes, plain, memory);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    private static void fill(CounterTable table, List<String> ids) {
        new BatchWrite().save(table, ids.stream().map(Counter::of).toList()).execute();
    }

    /** Reads each counter, adds to it {@code passes} times, saving every time: what code without a memory table does. */
    private static void plainJob(CounterTable table, List<String> ids, int passes) {
        for (int pass = 0; pass < passes; pass++) {
            for (String id : ids) {
                table.save(table.get(id).plus(1));
            }
        }
    }

    /** The same job on a memory table: one bulk read, changes in memory, one flush. */
    private static void memoryJob(CounterTable table, List<String> ids, int passes) {
        try (CounterMemoryTable memory = new CounterMemoryTable(table)) {
            memory.preload(ids);
            for (int pass = 0; pass < passes; pass++) {
                for (String id : ids) {
                    memory.save(memory.get(id).plus(1));
                }
            }
        }
    }

    private record Result(long requests, String byOperation, double capacity, long millis) {
    }

    private static Result measure(MeteredClient meter, Runnable job) {
        meter.reset();
        long start = System.nanoTime();
        job.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(meter.totalRequests(), meter.requests().toString(), meter.capacityUnits(), millis);
    }

    private static void print(String backend, int items, int passes, Result plain, Result memory) {
        System.out.printf(Locale.ROOT, "Job: %,d items, read, %d changes each, write; backend %s%n",
                items, passes, backend);
        System.out.printf(Locale.ROOT, "%-13s %10s %12s %10s  %s%n", "", "requests", "capacity", "ms", "by operation");
        row("plain table", plain);
        row("memory table", memory);
        System.out.printf(Locale.ROOT, "ratio plain/memory: requests %.1fx, capacity %.1fx, time %.1fx%n",
                (double) plain.requests() / memory.requests(), plain.capacity() / memory.capacity(),
                (double) plain.millis() / memory.millis());
    }

    private static void row(String name, Result result) {
        System.out.printf(Locale.ROOT, "%-13s %,10d %,12.1f %,10d  %s%n", name, result.requests(), result.capacity(),
                result.millis(), result.byOperation());
    }
}
