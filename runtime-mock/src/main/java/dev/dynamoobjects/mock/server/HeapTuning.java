package dev.dynamoobjects.mock.server;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much free heap the server jar's JVM keeps, and when it hands unused memory back to the system.
 * Under G1 (the JVM's default collector on a machine of 2 or more cores) the heap grows while items
 * are loaded and then stays committed (1,100 to 1,400 bytes resident for an item of 225 after a million
 * were loaded over HTTP), because G1 by default keeps up to 70% of its heap free and never collects an
 * idle process. A development database is mostly idle, and DynamoDB Local keeps its data outside the
 * Java heap, so the jar asks G1, through the JVM's <i>manageable</i> flags (settable while it runs; G1
 * reads them at each resize and each periodic check), to keep {@value #MIN_FREE_PERCENT}% to
 * {@value #MAX_FREE_PERCENT}% of its heap free and to run a collection, which shrinks the heap to
 * that, after {@value #IDLE_SECONDS} s without one. A busy server collects more often than that, so
 * the idle collection never runs while it works; once it has run, it is switched off until the next
 * other collection, so that an idle server does not mark its live data again and again.
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
    private static final String IDLE_MILLIS = Integer.toString(IDLE_SECONDS * 1000);
    /** What the JVM names the collections {@link #IDLE_GC} starts. */
    static final String IDLE_COLLECTION_CAUSE = "G1 Periodic Collection";
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
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            Optional<String> untouched = reasonToLeave(vm);
            if (untouched.isPresent()) {
                return untouched.get();
            }
            String line = tune(vm);
            collectOnceWhenIdle(vm);
            return line;
        } catch (IllegalArgumentException notHotSpot) {
            // A JVM without this bean or without one of the flags (not HotSpot, or built without G1):
            // its heap is none of this class's business, and the server runs on.
            return "Heap: the JVM's defaults (" + notHotSpot.getMessage() + ").";
        }
    }

    /** Why the JVM {@code vm} stands for is left alone: not G1, or the user set one of the flags. */
    static Optional<String> reasonToLeave(HotSpotDiagnosticMXBean vm) {
        if (!vm.getVMOption("UseG1GC").getValue().equals("true")) {
            return Optional.of("Heap: the JVM's defaults (the collector is not G1).");
        }
        List<String> given = FLAGS.stream().filter(flag -> vm.getVMOption(flag).getOrigin() != VMOption.Origin.DEFAULT)
                .map(flag -> flag + "=" + vm.getVMOption(flag).getValue()).toList();
        return given.isEmpty() ? Optional.empty() : Optional.of("Heap: as given (" + String.join(", ", given) + ").");
    }

    /** Sets the three flags and says what the JVM now has. */
    static String tune(HotSpotDiagnosticMXBean vm) {
        vm.setVMOption(MIN_FREE, Integer.toString(MIN_FREE_PERCENT));
        vm.setVMOption(MAX_FREE, Integer.toString(MAX_FREE_PERCENT));
        vm.setVMOption(IDLE_GC, IDLE_MILLIS);
        return "Heap: G1 keeps " + vm.getVMOption(MIN_FREE).getValue() + "-" + vm.getVMOption(MAX_FREE).getValue()
                + "% free and returns unused memory after " + vm.getVMOption(IDLE_GC).getValue()
                + " ms without a collection; --keep-heap keeps the JVM's defaults.";
    }

    /**
     * Keeps the idle collection to one per quiet spell: G1 would otherwise mark the whole live heap
     * again every {@value #IDLE_SECONDS} s for as long as the server stays idle (0.4 s of CPU each
     * time with a million items), though the first one already returned the memory.
     */
    private static void collectOnceWhenIdle(HotSpotDiagnosticMXBean vm) {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            // Not the concurrent cycle's pauses, reported apart by later JDKs: they follow the idle collection.
            if (collector instanceof NotificationEmitter emitter && !collector.getName().contains("Concurrent")) {
                emitter.addNotificationListener((notification, handback) -> afterCollection(vm,
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcCause()),
                        notification -> notification.getType().equals(
                                GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
            }
        }
    }

    /**
     * After a collection with {@code cause}: the idle collection switches itself off, and any other
     * (the server worked, so there is garbage again) switches it back on.
     */
    static void afterCollection(HotSpotDiagnosticMXBean vm, String cause) {
        vm.setVMOption(IDLE_GC, cause.equals(IDLE_COLLECTION_CAUSE) ? "0" : IDLE_MILLIS);
    }
}
