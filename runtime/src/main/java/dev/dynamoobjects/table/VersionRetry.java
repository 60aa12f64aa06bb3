package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.VersionConflictException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Runs a read-modify-write again while it loses version races, with a short random pause. */
final class VersionRetry {
    /** Attempts before the conflict reaches the caller. */
    static final int MAX_ATTEMPTS = 50;
    /** The longest pause between attempts, in milliseconds; random pauses spread rival writers. */
    private static final int MAX_PAUSE_MILLIS = 20;

    private VersionRetry() {
    }

    static <T> T run(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (VersionConflictException e) {
                if (i == MAX_ATTEMPTS || !pause(i)) {
                    throw e;
                }
            }
        }
    }

    /** Sleeps a random time growing with the attempt; false when interrupted. */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(Math.min(attempt, MAX_PAUSE_MILLIS) + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
