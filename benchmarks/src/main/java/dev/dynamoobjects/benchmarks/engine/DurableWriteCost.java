package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * What a development database's write costs in CPU time, the whole process's (the writing thread,
 * the journal's flusher, the background snapshot writer, the collector): PutItem over 1,000 items
 * under relaxed durability in a fresh data directory, so that the journal outgrows the compaction
 * threshold every 10,000 puts. Wall-time throughput (JMH's {@link DurableWriteBenchmark}) is
 * unreadable on a loaded machine; CPU time per put is less so, and the bytes the writing thread
 * allocates per put not at all. Run it with two builds' jars alternately to compare them (for a
 * build without this class, put its compiled class before that build's jar on the class path).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.DurableWriteCost [puts]
 * </pre>
 */
public final class DurableWriteCost {
    private DurableWriteCost() {
    }

    public static void main(String[] args) throws Exception {
        int puts = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path directory = Files.createTempDirectory("dynamo-write-cost");
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(directory)
                .relaxedDurability(DurableBackends.RELAXED_INTERVAL).build()) {
            Backends.createTable(dynamo);
            put(dynamo, puts / 4); // warm-up
            var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long cpu = bean.getProcessCpuTime();
            long threadCpu = thread.getCurrentThreadCpuTime();
            long allocated = thread.getThreadAllocatedBytes(id);
            long wall = System.nanoTime();
            put(dynamo, puts);
            System.out.printf("%,d puts: %.0f ns of process CPU a put (writing thread %.0f), %.0f ns of wall time,"
                    + " %.0f bytes allocated by the writing thread%n", puts,
                    (bean.getProcessCpuTime() - cpu) / (double) puts,
                    (thread.getCurrentThreadCpuTime() - threadCpu) / (double) puts,
                    (System.nanoTime() - wall) / (double) puts,
                    (thread.getThreadAllocatedBytes(id) - allocated) / (double) puts);
        } finally {
            DurableBackends.delete(directory);
        }
    }

    private static void put(EmbeddedDynamoDb dynamo, int puts) {
        for (int i = 0; i < puts; i++) {
            dynamo.putItem(PutItemRequest.builder().tableName(Backends.TABLE).item(Backends.item("p" + (i % 1000), 0))
                    .build());
        }
    }
}
