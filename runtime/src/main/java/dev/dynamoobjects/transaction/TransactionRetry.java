package dev.dynamoobjects.transaction;

import dev.dynamoobjects.batch.Sleeper;
import dev.dynamoobjects.internal.retry.Pauses;
import java.time.Duration;
import java.util.Objects;

/**
 * How transactions retry themselves when DynamoDB cancels them for a reason that sending them again
 * may overcome: a conflict with another transaction or write, or throttling. {@link Transaction#run}
 * and {@link Transaction#call} run the work again (so its reads are fresh); {@link Transaction#commit()}
 * sends the same operations again (nothing was applied, and the conditions are evaluated anew). A
 * false condition or a version conflict is never retried: it is the caller's answer. Pauses grow
 * exponentially with equal jitter from {@code firstDelay} to {@code maxDelay}.
 *
 * <pre>{@code
 * DynamoDatabase db = DynamoDatabase.builder().client(client)
 *         .transactionRetry(TransactionRetry.DEFAULT.withMaxAttempts(20))   // or TransactionRetry.NONE
 *         .build();
 * }</pre>
 *
 * @param maxAttempts how many times a transaction is sent at most (1 switches retries off)
 * @param firstDelay  the pause before the second attempt
 * @param maxDelay    the longest pause
 * @param sleeper     what waits; tests pass one that does not
 */
public record TransactionRetry(int maxAttempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {
    /** 10 attempts, pauses from 20 ms up to 1 s, on the current thread. */
    public static final TransactionRetry DEFAULT =
            new TransactionRetry(10, Duration.ofMillis(20), Duration.ofSeconds(1), Sleeper.THREAD);
    /** One attempt: every cancellation reaches the caller. */
    public static final TransactionRetry NONE = DEFAULT.withMaxAttempts(1);

    /** Validates the settings. */
    public TransactionRetry {
        Pauses.check(maxAttempts, firstDelay, maxDelay);
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Returns this policy with another number of attempts. */
    public TransactionRetry withMaxAttempts(int attempts) {
        return new TransactionRetry(attempts, firstDelay, maxDelay, sleeper);
    }

    /** Returns this policy with other pauses. */
    public TransactionRetry withDelays(Duration first, Duration max) {
        return new TransactionRetry(maxAttempts, first, max, sleeper);
    }

    /** Returns this policy with another sleeper. */
    public TransactionRetry withSleeper(Sleeper waiter) {
        return new TransactionRetry(maxAttempts, firstDelay, maxDelay, waiter);
    }

    /** Returns the pause after the {@code failed}-th failed attempt (1 first). */
    Duration pause(int failed) {
        long cap = firstDelay.toNanos();
        for (int i = 1; i < failed && cap < maxDelay.toNanos(); i++) {
            cap = Math.min(cap * 2, maxDelay.toNanos());
        }
        return Pauses.equalJitter(cap);
    }
}
