package dev.dynamoobjects.batch;

import java.time.Duration;

/**
 * Waits between retries. Tests pass one that records the pauses instead of waiting.
 *
 * <pre>{@code
 * List<Duration> pauses = new ArrayList<>();
 * BatchRetry retry = BatchRetry.DEFAULT.withSleeper(pauses::add);
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the current thread. */
    Sleeper THREAD = pause -> Thread.sleep(pause.toMillis());

    /**
     * Waits for {@code pause}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration pause) throws InterruptedException;
}
