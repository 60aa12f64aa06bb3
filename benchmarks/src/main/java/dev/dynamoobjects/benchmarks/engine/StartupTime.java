package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.benchmarks.jvm.ChildJvm;
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
 * Local, and {@link SdkFloor}, a stub that checks and stores nothing. The stub's cold start is what the
 * AWS SDK costs any backend reached through its model classes (loading and initialising the request
 * and response classes, the client interface, the JVM's lambda machinery). The backend's own share
 * is measured directly in another fresh JVM: the stub answers the three requests first, so that the
 * SDK's classes are loaded, then a new backend's first three requests are timed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.StartupTime [runs]
 * </pre>
 */
public final class StartupTime {
    private static final List<String> BACKENDS = List.of(Backends.EMBEDDED, Backends.SDK_FLOOR, Backends.LOCAL);
    private static final int FIGURES = 4;

    private StartupTime() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<List<Double>>> samples = new LinkedHashMap<>();
        BACKENDS.forEach(backend -> samples.put(backend, emptySamples()));
        for (int i = 0; i < runs; i++) {
            for (String backend : BACKENDS) {
                String cold = ChildJvm.run(List.of(), Child.class, backend, Child.COLD);
                String afterSdk = ChildJvm.run(List.of(), Child.class, backend, Child.AFTER_SDK);
                record(samples.get(backend), cold + " " + afterSdk);
            }
        }
        System.out.printf("Cold start, median of %d fresh JVMs: from main() to CreateTable answered and to an item"
                + " written and read; then the three requests on a second backend in the same JVM, and on a first"
                + " backend once the SDK's classes are loaded (by the sdk-floor stub)%n", runs);
        System.out.printf("%-16s %20s %22s %28s %28s%n", "backend", "CreateTable answered", "item written and read",
                "second backend, same JVM", "first backend, SDK loaded");
        samples.forEach(StartupTime::print);
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
        System.out.printf("%-16s %17.1f ms %19.1f ms %25.1f ms %25.1f ms%n", backend, m[0], m[1], m[2], m[3]);
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

    /**
     * {@link #COLD}: one cold start, then a second backend in the same JVM; prints the three times in
     * milliseconds. {@link #AFTER_SDK}: the stub's three requests, then a backend's; prints the time of
     * the backend's.
     */
    public static final class Child {
        static final String COLD = "cold";
        static final String AFTER_SDK = "after-sdk";

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            if (AFTER_SDK.equals(args[1])) {
                afterSdk(args[0]);
            } else {
                cold(args[0]);
            }
            // DynamoDB Local leaves non-daemon threads behind.
            System.exit(0);
        }

        private static void cold(String name) throws Exception {
            long start = System.nanoTime();
            Backends.Backend backend = Backends.start(name);
            Backends.createTable(backend.client());
            long created = System.nanoTime();
            writeAndRead(backend);
            long readBack = System.nanoTime();
            backend.close();
            long secondStart = System.nanoTime();
            firstRequests(name);
            long secondDone = System.nanoTime();
            System.out.printf("%.3f %.3f %.3f%n", (created - start) / 1e6, (readBack - start) / 1e6,
                    (secondDone - secondStart) / 1e6);
        }

        private static void afterSdk(String name) throws Exception {
            firstRequests(Backends.SDK_FLOOR);
            long start = System.nanoTime();
            firstRequests(name);
            System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e6);
        }

        /** Starts a backend, creates the table, writes and reads an item, and stops the backend. */
        private static void firstRequests(String name) throws Exception {
            try (Backends.Backend backend = Backends.start(name)) {
                Backends.createTable(backend.client());
                writeAndRead(backend);
            }
        }

        private static void writeAndRead(Backends.Backend backend) {
            backend.client().putItem(p -> p.tableName(Backends.TABLE).item(Backends.item("first", 1)));
            backend.client().getItem(g -> g.tableName(Backends.TABLE).key(Backends.key("first", 1))).item();
        }
    }
}
