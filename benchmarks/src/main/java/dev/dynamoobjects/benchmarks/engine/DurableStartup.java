package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.benchmarks.jvm.ChildJvm;
import dev.dynamoobjects.benchmarks.jvm.ResidentMemory;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Start-up of a development database with many items on disk: builds a data directory holding
 * {@code items} small items (one PutItem each, so one journal entry each, as a long-used database
 * has before compaction), then, in fresh JVMs, times from {@code main} to the first answered GetItem
 * (the journal replayed), the process's CPU time to then (on a busy machine the wall time mostly
 * waits for a core) and its resident memory after it. Not JMH: a warm JVM cannot measure a cold
 * start. A third argument names a directory to keep (built when it holds no journal yet), so that
 * later runs skip the build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.DurableStartup 1000000 3 [dir]
 * </pre>
 */
public final class DurableStartup {
    private DurableStartup() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean kept = args.length > 2;
        Path directory = kept ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("dynamo-startup-bench");
        try {
            if (!Files.exists(directory.resolve("journal.log"))) {
                long built = System.nanoTime();
                build(directory, items);
                System.out.printf("Built %,d items in %.1f s%n", items, (System.nanoTime() - built) / 1e9);
            }
            System.out.printf("%,d journal bytes%n", Files.size(directory.resolve("journal.log")));
            List<List<Double>> figures = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < runs; i++) {
                String[] line = ChildJvm.run(List.of(), Child.class, directory.toString(), Integer.toString(items))
                        .split(" ");
                for (int f = 0; f < figures.size(); f++) {
                    figures.get(f).add(Double.parseDouble(line[f]));
                }
                System.out.printf("run %d: first GetItem answered %s ms after main (process CPU %s ms), resident %s MB%n",
                        i + 1, line[0], line[1], line[2]);
            }
            System.out.printf("median of %d fresh JVMs: first GetItem answered %.0f ms after main (process CPU %.0f ms),"
                    + " %.0f MB resident%n", runs, median(figures.get(0)), median(figures.get(1)), median(figures.get(2)));
        } finally {
            if (!kept) {
                DurableBackends.delete(directory);
            }
        }
    }

    /** Writes the items under relaxed durability (the journal's content is the same; only the forces differ). */
    private static void build(Path directory, int items) {
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(directory)
                .relaxedDurability(DurableBackends.RELAXED_INTERVAL).build()) {
            Backends.createTable(dynamo);
            for (int i = 0; i < items; i++) {
                dynamo.putItem(PutItemRequest.builder().tableName(Backends.TABLE)
                        .item(Backends.item("p" + (i % 1000), i)).build());
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A fresh JVM: opens the directory, answers one GetItem, prints the milliseconds since main and resident MB. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws IOException {
            long start = System.nanoTime();
            int items = Integer.parseInt(args[1]);
            try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(Path.of(args[0])).build()) {
                int last = items - 1;
                GetItemResponse answer = dynamo.getItem(g -> g.tableName(Backends.TABLE)
                        .key(Backends.key("p" + (last % 1000), last)));
                double millis = (System.nanoTime() - start) / 1e6;
                if (!answer.hasItem()) {
                    throw new IllegalStateException("The last item written is missing after the restart");
                }
                double cpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
                System.out.printf("%.1f %.1f %.1f%n", millis, cpuMillis, ResidentMemory.bytes() / 1e6);
            }
        }
    }
}
