package dev.dynamoobjects.benchmarks.mapping;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One {@link FirstUseBenchmark} case in this fresh JVM, timed in the main thread's CPU time, which
 * other work on a shared machine barely inflates. Run it several times per case:
 *
 * <pre>
 * for i in 1 2 3 4 5 6 7 8; do for c in sdk generated bean; do
 *   java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.mapping.FirstUseCpuTime $c; done; done
 * </pre>
 */
public final class FirstUseCpuTime {
    private FirstUseCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FirstUseBenchmark benchmark = new FirstUseBenchmark();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        long start = threads.getCurrentThreadCpuTime();
        switch (args[0]) {
            case "sdk" -> bh.consume(benchmark.attributeValueOnly());
            case "generated" -> benchmark.generatedMappers(bh);
            case "bean" -> benchmark.beanTableSchemas(bh);
            default -> throw new IllegalArgumentException("sdk, generated or bean");
        }
        System.out.printf("%s %.1f%n", args[0], (threads.getCurrentThreadCpuTime() - start) / 1e6);
    }
}
