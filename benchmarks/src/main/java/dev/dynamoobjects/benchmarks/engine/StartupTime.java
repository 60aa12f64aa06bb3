package dev.dynamoobjects.benchmarks.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time from nothing to the first answered request: in a fresh JVM, from the start of {@code main} to
 * the answer of a CreateTable, then to an item written and read back; then, in the same JVM, the
 * time a second, new backend takes for the same three requests (a test suite that starts one engine
 * per test pays this after its first test). Not JMH: a warm JVM cannot measure a cold start.
 *
 * <p>Three backends, alternately, several runs each, medians printed: the embedded engine, DynamoDB
 * Local, and {@link SdkFloor}, a stub that checks and stores nothing. The stub's figure is what the
 * AWS SDK costs any backend reached through its model classes (loading and initialising the request
 * and response classes, the client interface, the JVM's lambda machinery); the engine's own cost is
 * the difference.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.StartupTime [runs]
 * </pre>
 */
public final class StartupTime {
    private static final List<String> BACKENDS = List.of(Backends.EMBEDDED, Backends.SDK_FLOOR, Backends.LOCAL);
    private static final int FIGURES = 3;

    private StartupTime() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<List<Double>>> samples = new LinkedHashMap<>();
        BACKENDS.forEach(backend -> samples.put(backend, emptySamples()));
        for (int i = 0; i < runs; i++) {
            for (String backend : BACKENDS) {
                record(samples.get(backend), ChildJvm.run(List.of(), Child.class, backend));
            }
        }
        System.out.printf("Time from main() to ... (median of %d fresh JVMs)%n", runs);
        System.out.printf("%-16s %20s %22s %28s%n", "backend", "CreateTable answered", "item written and read",
                "second backend, same JVM");
        samples.forEach(StartupTime::print);
        double[] embedded = medians(samples.get(Backends.EMBEDDED));
        double[] floor = medians(samples.get(Backends.SDK_FLOOR));
        System.out.printf("%-16s %17.1f ms %19.1f ms %25.1f ms%n", "engine's share",
                embedded[0] - floor[0], embedded[1] - floor[1], embedded[2] - floor[2]);
    }

    private static List<List<Double>> emptySamples() {
        List<List<Double>> samples = new ArrayList<>();
        for (int i = 0; i < FIGURES; i++) {
            samples.add(new ArrayList<>());
        }
        return samples;
    }

    private static void record(List<List<Double>> samples, String line) {
        String[] millis = line.split(" ");
        for (int i = 0; i < FIGURES; i++) {
            samples.get(i).add(Double.parseDouble(millis[i]));
        }
    }

    private static void print(String backend, List<List<Double>> samples) {
        double[] m = medians(samples);
        System.out.printf("%-16s %17.1f ms %19.1f ms %25.1f ms%n", backend, m[0], m[1], m[2]);
    }

    private static double[] medians(List<List<Double>> samples) {
        double[] medians = new double[FIGURES];
        for (int i = 0; i < FIGURES; i++) {
            List<Double> sorted = new ArrayList<>(samples.get(i));
            Collections.sort(sorted);
            medians[i] = sorted.get(sorted.size() / 2);
        }
        return medians;
    }

    /** One cold start, then a second backend in the same JVM; prints the three times in milliseconds. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            Backends.Backend backend = Backends.start(args[0]);
            Backends.createTable(backend.client());
            long created = System.nanoTime();
            writeAndRead(backend);
            long readBack = System.nanoTime();
            backend.close();
            long secondStart = System.nanoTime();
            try (Backends.Backend second = Backends.start(args[0])) {
                Backends.createTable(second.client());
                writeAndRead(second);
            }
            long secondDone = System.nanoTime();
            System.out.printf("%.3f %.3f %.3f%n", (created - start) / 1e6, (readBack - start) / 1e6,
                    (secondDone - secondStart) / 1e6);
            // DynamoDB Local leaves non-daemon threads behind.
            System.exit(0);
        }

        private static void writeAndRead(Backends.Backend backend) {
            backend.client().putItem(p -> p.tableName(Backends.TABLE).item(Backends.item("first", 1)));
            backend.client().getItem(g -> g.tableName(Backends.TABLE).key(Backends.key("first", 1))).item();
        }
    }
}
