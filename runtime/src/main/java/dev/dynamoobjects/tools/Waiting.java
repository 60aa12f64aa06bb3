package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.Sleeper;
import dev.dynamoobjects.exception.DynamoObjectsException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How the tools wait for a table to settle: they poll every {@code poll} until {@code timeout}.
 *
 * <pre>{@code
 * TableAdmin admin = new TableAdmin(db, new Waiting(Duration.ofSeconds(1), Duration.ofMinutes(30), Sleeper.THREAD));
 * }</pre>
 *
 * @param poll    the pause between two looks
 * @param timeout how long to wait before giving up
 * @param sleeper what waits; tests pass one that does not
 */
public record Waiting(Duration poll, Duration timeout, Sleeper sleeper) {
    /** Polls every second for up to 20 minutes, on the current thread. */
    public static final Waiting DEFAULT = new Waiting(Duration.ofSeconds(1), Duration.ofMinutes(20), Sleeper.THREAD);

    /** Validates the settings. */
    public Waiting {
        if (poll.isNegative() || timeout.isNegative()) {
            throw new IllegalArgumentException("Waiting needs a poll and timeout of 0 or more, not " + poll
                    + " and " + timeout);
        }
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Waits until {@code done} is true.
     *
     * @param what what is awaited, for the exception: {@code "table staging_product to become ACTIVE"}
     * @throws DynamoObjectsException when the timeout passes or the thread is interrupted
     */
    void until(String table, String what, BooleanSupplier done) {
        long polls = poll.isZero() ? Long.MAX_VALUE : Math.max(1, timeout.toNanos() / poll.toNanos());
        for (long i = 0; !done.getAsBoolean(); i++) {
            if (i >= polls) {
                throw new DynamoObjectsException("Gave up waiting for " + what + " after " + timeout
                        + "; look at the table in the AWS console, or wait longer with Waiting", table, null, null);
            }
            try {
                sleeper.sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DynamoObjectsException("Interrupted while waiting for " + what, table, null, e);
            }
        }
    }
}
