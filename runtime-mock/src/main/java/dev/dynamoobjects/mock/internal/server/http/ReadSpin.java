package dev.dynamoobjects.mock.internal.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive connection's short wait, by polling, for its client's next request before its thread
 * blocks in {@code read}: a client that sends its next request as soon as it has the answer (a
 * pipeline stage, a load generator, a test suite's tight loop) then finds the thread awake instead of
 * paying a thread wake-up, which on a busy machine costs more than the engine's whole operation.
 *
 * <p>It only spins where that pays: on at most half the processors at once (the rest stay free for
 * the threads that have work), and a connection whose client let the last spin run out, such as an
 * SDK client that spends 100 µs of its own per request, spins again only after an exponentially
 * growing number of plain blocking waits (up to {@value #MAX_SKIPS}), so it burns almost no CPU.
 */
final class ReadSpin {
    /** A few times a fast client's turnaround, short against the server's CPU per request. */
    static final long SPIN_NANOS = 50_000;
    private static final int MAX_SKIPS = 64;
    private static final int MAX_SPINNERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final AtomicInteger SPINNERS = new AtomicInteger();

    private int skipsAfterMiss;
    private int skipsLeft;

    /** Returns once {@code in} has bytes to read, or when waiting longer should block instead. */
    void await(InputStream in) throws IOException {
        if (skipsLeft > 0) {
            skipsLeft--;
            return;
        }
        if (SPINNERS.incrementAndGet() > MAX_SPINNERS) {
            SPINNERS.decrementAndGet();
            return;
        }
        try {
            spin(in);
        } finally {
            SPINNERS.decrementAndGet();
        }
    }

    private void spin(InputStream in) throws IOException {
        long until = System.nanoTime() + SPIN_NANOS;
        while (in.available() == 0) {
            if (System.nanoTime() - until > 0) {
                skipsAfterMiss = Math.min(MAX_SKIPS, Math.max(1, 2 * skipsAfterMiss));
                skipsLeft = skipsAfterMiss;
                return;
            }
            Thread.onSpinWait();
        }
        skipsAfterMiss = 0;
    }
}
