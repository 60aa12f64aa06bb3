package dev.dynamoobjects.batch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How batches retry the keys and writes DynamoDB leaves unprocessed, and requests it throttles:
 * after a request that left some undone, the next waits an exponentially growing pause with
 * jitter ("equal jitter": half the pause fixed, half random), from {@code firstDelay} doubling up
 * to {@code maxDelay}; a request that leaves nothing undone resets the pause. A batch gives up
 * after {@code maxAttempts} requests in a row that did nothing at all (every key or write left
 * unprocessed, or the request throttled): work that makes progress, however slowly, is finished.
 *
 * <pre>{@code
 * BatchRetry patient = BatchRetry.DEFAULT.withMaxAttempts(20).withMaxDelay(Duration.ofSeconds(30));
 * new BatchWrite().retry(patient).save(products, list).execute();
 * }</pre>
 *
 * @param maxAttempts how many requests in a row may do nothing before the batch gives up (at least 1)
 * @param firstDelay  the pause after the first request that left something undone
 * @param maxDelay    the longest pause
 * @param sleeper     what waits; tests pass one that does not
 */
public record BatchRetry(int maxAttempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
    /** 10 attempts, pauses from 50 ms up to 5 s, on the current thread. */
    public static final BatchRetry DEFAULT =
            new BatchRetry(10, Duration.ofMillis(50), Duration.ofSeconds(5), Sleeper.THREAD);

    /** Validates the settings. */
    public BatchRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Retry pauses need 0 <= firstDelay <= maxDelay, not "
                    + firstDelay + " and " + maxDelay);
        }
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Returns this policy with another number of fruitless requests in a row to give up after. */
    public BatchRetry withMaxAttempts(int attempts) {
        return new BatchRetry(attempts, firstDelay, maxDelay, sleeper);
    }

    /** Returns this policy with another first pause. */
    public BatchRetry withFirstDelay(Duration delay) {
        return new BatchRetry(maxAttempts, delay, maxDelay, sleeper);
    }

    /** Returns this policy with another longest pause. */
    public BatchRetry withMaxDelay(Duration delay) {
        return new BatchRetry(maxAttempts, firstDelay, delay, sleeper);
    }

    /** Returns this policy with another sleeper. */
    public BatchRetry withSleeper(Sleeper waiter) {
        return new BatchRetry(maxAttempts, firstDelay, maxDelay, waiter);
    }

    /** Returns the pause before retrying after {@code round} consecutive requests that left work undone (0 first). */
    Duration pause(int round) {
        long cap = firstDelay.toNanos();
        for (int i = 0; i < round && cap < maxDelay.toNanos(); i++) {
            cap = Math.min(cap * 2, maxDelay.toNanos());
        }
        long half = cap / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(cap - half + 1));
    }
}
