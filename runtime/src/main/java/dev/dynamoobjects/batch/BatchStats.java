package dev.dynamoobjects.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * What one batch cost: its requests, how many of them were retries, and how long it paused between
 * them. A batch at the edge of a table's capacity shows it here before it shows it in time.
 *
 * <pre>{@code
 * BatchWrite batch = new BatchWrite().save(products, changed);
 * batch.execute();
 * log.info("saved {} products: {}", changed.size(), batch.stats());   // "12 requests (2 retries, 0.1 s paused)"
 * }</pre>
 *
 * @param requests the requests sent
 * @param retries  the requests beyond the fewest possible, one per full chunk of work
 * @param paused   the time spent waiting between requests
 */
public record BatchStats(int requests, int retries, Duration paused) {
    /** No requests at all. */
    public static final BatchStats NONE = new BatchStats(0, 0, Duration.ZERO);

    /** Returns the stats of this batch and {@code other} together. */
    public BatchStats plus(BatchStats other) {
        return new BatchStats(requests + other.requests, retries + other.retries, paused.plus(other.paused));
    }

    /** Returns {@code "12 requests (2 retries, 0.1 s paused)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d request%s (%d retr%s, %.1f s paused)", requests,
                requests == 1 ? "" : "s", retries, retries == 1 ? "y" : "ies", paused.toNanos() / 1e9);
    }
}
