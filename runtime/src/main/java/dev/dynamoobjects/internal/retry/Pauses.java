package dev.dynamoobjects.internal.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** What the retry policies of batches and transactions share: their checks and their jitter. */
public final class Pauses {
    private Pauses() {
    }

    /**
     * Checks a policy's settings.
     *
     * @throws IllegalArgumentException when attempts are under 1 or the pauses are not 0 <= first <= max
     */
    public static void check(int maxAttempts, Duration firstDelay, Duration maxDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Retry pauses need 0 <= firstDelay <= maxDelay, not "
                    + firstDelay + " and " + maxDelay);
        }
    }

    /** Returns a pause of at most {@code capNanos}: half of it fixed, half random ("equal jitter"). */
    public static Duration equalJitter(long capNanos) {
        long half = capNanos / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(capNanos - half + 1));
    }
}
