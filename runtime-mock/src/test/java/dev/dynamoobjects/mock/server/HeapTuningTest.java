package dev.dynamoobjects.mock.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The server jar's heap tuning, in real server processes: what it prints, and the flags the JVM then
 * has, read from outside with {@code jcmd VM.flags -all}; and how the idle collection switches itself
 * off and on.
 */
class HeapTuningTest {
    private static final String JAVA_BIN = Path.of(System.getProperty("java.home"), "bin").toString();

    @Test
    void asksG1ToKeepLessFreeHeapAndToCollectWhenIdleWhenTheUserSetNoneOfItsFlags() throws Exception {
        Server server = start("-XX:+UseG1GC");
        try {
            assertEquals("Heap: G1 keeps 10-30% free and returns unused memory after 15000 ms without a collection;"
                    + " --keep-heap keeps the JVM's defaults.", server.heapLine);
            String flags = flags(server.process);
            assertFlag(flags, "MinHeapFreeRatio", "10");
            assertFlag(flags, "MaxHeapFreeRatio", "30");
            assertFlag(flags, "G1PeriodicGCInterval", "15000");
        } finally {
            server.process.destroy();
        }
    }

    @Test
    void leavesEveryFlagAsItIsWhenTheUserGaveOne() throws Exception {
        Server server = start("-XX:+UseG1GC", "-XX:MaxHeapFreeRatio=50");
        try {
            assertEquals("Heap: as given (MaxHeapFreeRatio=50).", server.heapLine);
            String flags = flags(server.process);
            assertFlag(flags, "MinHeapFreeRatio", "40");
            assertFlag(flags, "MaxHeapFreeRatio", "50");
            assertFlag(flags, "G1PeriodicGCInterval", "0");
        } finally {
            server.process.destroy();
        }
    }

    @Test
    void leavesOtherCollectorsAlone() throws Exception {
        Server server = start("-XX:+UseSerialGC");
        try {
            assertEquals("Heap: the JVM's defaults (the collector is not G1).", server.heapLine);
            assertFlag(flags(server.process), "MaxHeapFreeRatio", "70");
        } finally {
            server.process.destroy();
        }
    }

    @Test
    void theIdleCollectionSwitchesItselfOffUntilTheServerCollectsForAnyOtherCause() {
        FlagsOf vm = new FlagsOf();
        HeapTuning.tune(vm);

        HeapTuning.afterCollection(vm, HeapTuning.IDLE_COLLECTION_CAUSE);
        assertEquals("0", vm.getVMOption("G1PeriodicGCInterval").getValue());
        HeapTuning.afterCollection(vm, "G1 Evacuation Pause");
        assertEquals("15000", vm.getVMOption("G1PeriodicGCInterval").getValue());
    }

    /** The flags of a JVM that is not this one: what it is told, it has. */
    private static final class FlagsOf implements HotSpotDiagnosticMXBean {
        private final Map<String, String> flags = new HashMap<>();

        @Override
        public VMOption getVMOption(String name) {
            return new VMOption(name, flags.getOrDefault(name, "0"), true, VMOption.Origin.DEFAULT);
        }

        @Override
        public void setVMOption(String name, String value) {
            flags.put(name, value);
        }

        @Override
        public List<VMOption> getDiagnosticOptions() {
            return List.of();
        }

        @Override
        public void dumpHeap(String outputFile, boolean live) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ObjectName getObjectName() {
            throw new UnsupportedOperationException();
        }
    }

    private record Server(Process process, String heapLine) {
    }

    /** Starts the server's {@link Main} in a JVM with {@code jvmOptions} and reads up to its heap line. */
    private static Server start(String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_BIN, "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Heap:")) {
                return new Server(process, line);
            }
            printed.append(line).append('\n');
        }
        process.destroy();
        throw new AssertionError("the server ended without a heap line:\n" + printed);
    }

    /** Every flag of the running JVM, as {@code jcmd} reads them through the attach mechanism. */
    private static String flags(Process process) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(JAVA_BIN, "jcmd").toString(), Long.toString(process.pid()),
                "VM.flags", "-all").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jcmd.waitFor(), output);
        return output;
    }

    private static void assertFlag(String flags, String name, String value) {
        assertTrue(flags.matches("(?s).*\\b" + name + "\\s+= " + value + "\\s.*"), name + " = " + value + " in:\n" + flags);
    }
}
