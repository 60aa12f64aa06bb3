package dev.dynamoobjects.mock.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * How much free heap the server jar's JVM keeps, and when it hands unused memory back to the system.
 * Under G1 (the JVM's default collector on a machine of 2 or more cores) the heap grows while items
 * are loaded and then stays committed, about 1.8x the live data, because G1 by default keeps up to
 * 70% of its heap free and never collects an idle process. A development database is mostly idle, and
 * DynamoDB Local keeps its data outside the Java heap, so the jar asks G1, through the JVM's
 * <i>manageable</i> flags (settable while it runs), to keep at most {@value #MAX_FREE_PERCENT}% free
 * and to run a collection, which shrinks the heap to that, after {@value #IDLE_SECONDS} s without one.
 * A busy server collects more often than that, so the idle collection costs it nothing; an idle one
 * pays a concurrent marking of its live data every {@value #IDLE_SECONDS} s.
 *
 * <p>Only the jar does this, never the embedded engine (whose JVM is the user's), and only when the
 * user set none of the three flags on the command line; {@code --keep-heap} leaves them alone.
 *
 * <pre>
 * java -jar dynamo-objects-mock-server.jar               # tuned, says so in one line
 * java -jar dynamo-objects-mock-server.jar --keep-heap   # the JVM's defaults
 * java -XX:MaxHeapFreeRatio=50 -jar dynamo-objects-mock-server.jar   # the user's choice, untouched
 * </pre>
 */
final class HeapTuning {
    static final int MIN_FREE_PERCENT = 10;
    static final int MAX_FREE_PERCENT = 30;
    static final int IDLE_SECONDS = 15;

    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final String IDLE_GC = "G1PeriodicGCInterval";
    /** In the order they are set: the minimum first, as the JVM refuses a maximum below it. */
    private static final List<String> FLAGS = List.of(MIN_FREE, MAX_FREE, IDLE_GC);

    private HeapTuning() {
    }

    /** What the jar does to its JVM's heap settings: {@link #applyToThisJvm}, or a stand-in in tests. */
    @FunctionalInterface
    interface Tuner {
        /** Tunes the heap unless {@code keepHeap}; returns the line that says what it did. */
        String tune(boolean keepHeap);
    }

    /** Tunes this JVM unless {@code keepHeap}, and returns the line that says what it did. */
    static String applyToThisJvm(boolean keepHeap) {
        if (keepHeap) {
            return "Heap: the JVM's defaults (--keep-heap).";
        }
        return apply(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
    }

    /** Tunes the JVM {@code vm} stands for, if it runs G1 with none of the flags set by the user. */
    static String apply(HotSpotDiagnosticMXBean vm) {
        if (!vm.getVMOption("UseG1GC").getValue().equals("true")) {
            return "Heap: the JVM's defaults (the collector is not G1).";
        }
        List<String> given = FLAGS.stream().filter(flag -> vm.getVMOption(flag).getOrigin() != VMOption.Origin.DEFAULT)
                .map(flag -> flag + "=" + vm.getVMOption(flag).getValue()).toList();
        if (!given.isEmpty()) {
            return "Heap: as given (" + String.join(", ", given) + ").";
        }
        vm.setVMOption(MIN_FREE, Integer.toString(MIN_FREE_PERCENT));
        vm.setVMOption(MAX_FREE, Integer.toString(MAX_FREE_PERCENT));
        vm.setVMOption(IDLE_GC, Integer.toString(IDLE_SECONDS * 1000));
        return "Heap: G1 keeps " + vm.getVMOption(MIN_FREE).getValue() + "-" + vm.getVMOption(MAX_FREE).getValue()
                + "% free and returns unused memory after " + vm.getVMOption(IDLE_GC).getValue()
                + " ms without a collection; --keep-heap keeps the JVM's defaults.";
    }
}
