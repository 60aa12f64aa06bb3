package dev.dynamoobjects.benchmarks.engine;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * What a stream costs a write, in CPU time rather than wall time: the {@link StreamsBenchmark} puts,
 * stream off and on in interleaved rounds, medians reported. Thread CPU time is the writing thread's
 * own work; process CPU time adds the garbage collector's, which keeping records makes work more.
 * Bytes allocated by the writing thread per put do not depend on the machine's load, as JMH's
 * {@code -prof gc} figures do when the JIT compiler cannot keep up.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.engine.StreamsWriteCost [rounds] [puts] [dayMillis]
 * </pre>
 */
public final class StreamsWriteCost {
    private static final int WARMUP_ROUNDS = 4;

    private StreamsWriteCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int puts = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        long dayMillis = args.length > 2 ? Long.parseLong(args[2]) : 50;
        EmbeddedDynamoDb off = StreamsBenchmark.engine(null, dayMillis);
        EmbeddedDynamoDb on = StreamsBenchmark.engine(StreamViewType.NEW_AND_OLD_IMAGES, dayMillis);
        double[][] thread = new double[2][rounds];
        double[][] process = new double[2][rounds];
        double[][] bytes = new double[2][rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            for (int side = 0; side < 2; side++) {
                double[] cost = run(side == 0 ? off : on, puts);
                if (round >= 0) {
                    thread[side][round] = cost[0];
                    process[side][round] = cost[1];
                    bytes[side][round] = cost[2];
                }
            }
        }
        double threadOff = median(thread[0]);
        double threadOn = median(thread[1]);
        double processOff = median(process[0]);
        double processOn = median(process[1]);
        System.out.printf("PutItem, ns of CPU per put (medians of %d rounds of %d puts, a day every %d ms)%n",
                rounds, puts, dayMillis);
        System.out.printf("  writing thread: stream off %.0f, on %.0f: +%.1f%%%n", threadOff, threadOn,
                100 * (threadOn / threadOff - 1));
        System.out.printf("  whole process (with GC): stream off %.0f, on %.0f: +%.1f%%%n", processOff, processOn,
                100 * (processOn / processOff - 1));
        System.out.printf("  bytes allocated by the writing thread per put: stream off %.0f, on %.0f%n",
                median(bytes[0]), median(bytes[1]));
    }

    /** Puts {@code puts} times, alternating the two items; returns thread and process CPU ns and bytes per put. */
    private static double[] run(EmbeddedDynamoDb engine, int puts) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PutItemRequest first = StreamsBenchmark.firstPut();
        PutItemRequest second = StreamsBenchmark.secondPut();
        long bytesStart = threads.getCurrentThreadAllocatedBytes();
        long threadStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        for (int i = 0; i < puts; i++) {
            engine.putItem((i & 1) == 0 ? first : second);
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - threadStart) / (double) puts,
                (os.getProcessCpuTime() - processStart) / (double) puts,
                (threads.getCurrentThreadAllocatedBytes() - bytesStart) / (double) puts};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
