package dev.dynamoobjects.benchmarks.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory (VmRSS) of a process, read from {@code /proc} (Linux; 0 elsewhere), for the
 * footprint programs.
 *
 * <pre>{@code
 * long bytes = ResidentMemory.settledBytes();   // this JVM, once the collector has returned its memory
 * }</pre>
 */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    /** Resident bytes of this process now. */
    public static long bytes() throws IOException {
        return bytes(ProcessHandle.current().pid());
    }

    /** Resident bytes of the process {@code pid} now; 0 when {@code /proc} does not tell. */
    public static long bytes(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    /**
     * Resident bytes of this process once they have stopped falling for a second (20 s at most): G1
     * hands freed heap back to the system some time after a collection, so a reading right after a
     * {@code System.gc()} counts memory that is about to go.
     */
    public static long settledBytes() throws IOException, InterruptedException {
        return settledBytes(ProcessHandle.current().pid(), 1_000, 20_000);
    }

    /**
     * Resident bytes of the process {@code pid} once they have not fallen for {@code steadyMillis}
     * ({@code maxMillis} at most): the lowest reading, polled every 100 ms.
     */
    public static long settledBytes(long pid, long steadyMillis, long maxMillis)
            throws IOException, InterruptedException {
        long lowest = bytes(pid);
        long steadySince = System.nanoTime();
        long deadline = steadySince + maxMillis * 1_000_000;
        while (System.nanoTime() - steadySince < steadyMillis * 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            long now = bytes(pid);
            if (now < lowest) {
                lowest = now;
                steadySince = System.nanoTime();
            }
        }
        return lowest;
    }
}
