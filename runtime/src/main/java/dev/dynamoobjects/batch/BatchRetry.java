package dev.dynamoobjects.batch;

import dev.dynamoobjects.internal.retry.Pauses;
import java.time.Duration;
import java.util.Objects;

/**
 * How batches retry the keys and writes DynamoDB leaves unprocessed, and requests it throttles.
 * The pause before the next request follows progress, additive-increase/multiplicative-decrease
 * style as TCP paces a busy link:
 *
 * <ul>
 *   <li>a request that did nothing (every key or write left unprocessed, or the request throttled)
 *       doubles the pause level, from {@code firstDelay} up to {@code maxDelay};
 *   <li>a request that did anything halves it, so a table at the edge of its capacity, which does
 *       some of every request, is sent work again after about {@code firstDelay};
 *   <li>when something is left, the batch waits the level with "equal jitter" (half fixed, half
 *       random, never under {@code firstDelay}); when nothing is left, it does not wait.
 * </ul>
 *
 * A batch gives up after {@code maxAttempts} requests in a row that did nothing at all: work that
 * makes progress, however slowly, is finished. A pause that grew on partial progress (as it did
 * before) would make such a batch wait seconds per request while most of each request goes through.
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
        Pauses.check(maxAttempts, firstDelay, maxDelay);
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

    /** Returns the pause level after a request that did nothing, given the level before it (0 for none). */
    long raised(long level) {
        long first = firstDelay.toNanos();
        return level < first ? first : Math.min(level * 2, maxDelay.toNanos());
    }

    /** Returns the pause to wait at {@code level}: half of it fixed, half random, at least {@code firstDelay}. */
    Duration pause(long level) {
        long cap = Math.max(level, firstDelay.toNanos());
        return Pauses.equalJitter(cap);
    }
}
