package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.internal.mapping.Numbers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link MappingBenchmark} cases timed in thread CPU time rather than wall time, rounds
 * interleaved, medians reported. On a machine shared with other work, wall-clock throughput
 * swings with the load; the CPU time a thread spends per operation barely does. A companion to the
 * JMH figures, not a replacement.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.mapping.CpuTimeComparison
 * </pre>
 */
public final class CpuTimeComparison {
    private static final int WARMUP_ROUNDS = 4;
    private static final int ROUNDS = 9;
    private static final long OPERATIONS = 100_000;

    private CpuTimeComparison() {
    }

    public static void main(String[] args) {
        MappingBenchmark benchmark = new MappingBenchmark();
        benchmark.checkSameItems();
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("flatGenerated", benchmark::flatGenerated);
        cases.put("flatBeanSchema", benchmark::flatBeanSchema);
        cases.put("flatImmutableSchema", benchmark::flatImmutableSchema);
        cases.put("flatStaticSchema", benchmark::flatStaticSchema);
        cases.put("nestedGenerated", benchmark::nestedGenerated);
        cases.put("nestedBeanSchema", benchmark::nestedBeanSchema);
        cases.put("nestedImmutableSchema", benchmark::nestedImmutableSchema);
        cases.put("nestedStaticSchema", benchmark::nestedStaticSchema);
        // One trick on its own: doubles with few decimals as scaled longs, against the JDK's conversion.
        double[] amounts = {12.75, 0.25, 1999.99, -3.5, 42.0, 0.001};
        cases.put("doubleFastPath", () -> {
            double sum = 0;
            for (double amount : amounts) {
                sum += Numbers.toDouble(Numbers.canonical(amount), "a");
            }
            return sum;
        });
        cases.put("doubleJdk", () -> {
            double sum = 0;
            for (double amount : amounts) {
                sum += Double.parseDouble(Double.toString(amount));
            }
            return sum;
        });
        Map<String, double[]> nanos = new LinkedHashMap<>();
        cases.keySet().forEach(name -> nanos.put(name, new double[ROUNDS]));
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            for (Map.Entry<String, Supplier<Object>> entry : cases.entrySet()) {
                double perOperation = cpuNanosPerOperation(entry.getValue());
                if (round >= 0) {
                    nanos.get(entry.getKey())[round] = perOperation;
                }
            }
        }
        report(nanos);
    }

    private static double cpuNanosPerOperation(Supplier<Object> operation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (long i = 0; i < OPERATIONS; i++) {
            sink += System.identityHashCode(operation.get()) & 1;
        }
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (sink < 0) {
            System.out.println(sink);
        }
        return (double) spent / OPERATIONS;
    }

    private static void report(Map<String, double[]> nanos) {
        Map<String, Double> medians = new LinkedHashMap<>();
        nanos.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            medians.put(name, sorted[sorted.length / 2]);
        });
        for (String group : new String[] {"flat", "nested", "double"}) {
            // The first case of each group is ours; the others are compared with it.
            double ours = medians.entrySet().stream().filter(e -> e.getKey().startsWith(group)).findFirst().orElseThrow().getValue();
            medians.forEach((name, median) -> {
                if (name.startsWith(group)) {
                    System.out.printf("%-24s %8.0f ns/op CPU   ours is %.2fx faster%n", name, median, median / ours);
                }
            });
        }
    }
}
