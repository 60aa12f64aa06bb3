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
 * {@code items} small items (one PutItem each, so one journal entry each, as a database that has
 * not compacted yet has), then, in fresh JVMs, times from {@code main} to the first answered GetItem
 * (the journal replayed), the process's CPU time to then (on a busy machine the wall time mostly
 * waits for a core) and its resident memory after it; then compacts the directory (a snapshot of
 * the same items) and measures again, the start-up loading the snapshot. Not JMH: a warm JVM cannot
 * measure a cold start. A third argument names a directory to keep (built when it holds no journal
 * yet), so that later runs skip the build.
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
            Path journal = directory.resolve("journal-0.log");
            if (!Files.exists(journal)) {
                long built = System.nanoTime();
                build(directory, items);
                System.out.printf("Built %,d items in %.1f s%n", items, (System.nanoTime() - built) / 1e9);
            }
            Path snapshot = directory.resolve("snapshot-1.snap");
            Path set = directory.resolve("snapshot-1.set-aside");
            if (Files.exists(snapshot)) {
                Files.move(snapshot, set);
            }
            System.out.printf("From the journal (%,d bytes):%n", Files.size(journal));
            measure(directory, items, runs);
            if (Files.exists(set)) {
                Files.move(set, snapshot);
            } else {
                compact(directory);
            }
            System.out.printf("From a snapshot (%,d bytes):%n", Files.size(snapshot));
            measure(directory, items, runs);
        } finally {
            if (!kept) {
                DurableBackends.delete(directory);
            }
        }
    }

    /** Writes the snapshot of the directory's items (the journal before it stays, unread at start-up). */
    private static void compact(Path directory) {
        long started = System.nanoTime();
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(directory).build()) {
            long opened = System.nanoTime();
            dynamo.compactDataDirectory();
            System.out.printf("Compacted in %.1f s (after %.1f s of replay)%n", (System.nanoTime() - opened) / 1e9,
                    (opened - started) / 1e9);
        }
    }

    /** Starts fresh JVMs on the directory and prints when each answered its first GetItem. */
    private static void measure(Path directory, int items, int runs) throws IOException {
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
