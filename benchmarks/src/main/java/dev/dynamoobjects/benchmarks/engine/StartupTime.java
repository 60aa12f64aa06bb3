package dev.dynamoobjects.benchmarks.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from nothing to the first answered request: in a fresh JVM, from the start of {@code main} to
 * the answer of a CreateTable, then to an item written and read back; the embedded engine and DynamoDB
 * Local alternately, several runs each, medians printed. Not JMH: a warm JVM cannot measure a cold start.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.StartupTime [runs]
 * </pre>
 */
public final class StartupTime {
    private StartupTime() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<List<Double>> embedded = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> local = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < runs; i++) {
            record(embedded, ChildJvm.run(List.of(), Child.class, Backends.EMBEDDED));
            record(local, ChildJvm.run(List.of(), Child.class, Backends.LOCAL));
        }
        System.out.printf("Time from main() to ... (median of %d fresh JVMs)%n", runs);
        System.out.printf("%-16s %18s %22s%n", "backend", "CreateTable answered", "item written and read");
        print(Backends.EMBEDDED, embedded);
        print(Backends.LOCAL, local);
    }

    private static void record(List<List<Double>> samples, String line) {
        String[] millis = line.split(" ");
        samples.get(0).add(Double.parseDouble(millis[0]));
        samples.get(1).add(Double.parseDouble(millis[1]));
    }

    private static void print(String backend, List<List<Double>> samples) {
        System.out.printf("%-16s %17.1f ms %21.1f ms%n", backend, median(samples.get(0)), median(samples.get(1)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** One cold start; prints the two times in milliseconds. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            Backends.Backend backend = Backends.start(args[0]);
            Backends.createTable(backend.client());
            long created = System.nanoTime();
            backend.client().putItem(p -> p.tableName(Backends.TABLE).item(Backends.item("first", 1)));
            backend.client().getItem(g -> g.tableName(Backends.TABLE).key(Backends.key("first", 1))).item();
            long readBack = System.nanoTime();
            System.out.printf("%.3f %.3f%n", (created - start) / 1e6, (readBack - start) / 1e6);
            // DynamoDB Local leaves non-daemon threads behind.
            System.exit(0);
        }
    }
}
