package dev.dynamoobjects.tools;

import dev.dynamoobjects.batch.BatchStats;
import java.time.Duration;

/**
 * How far a {@link TableCopy} is: items copied and scanned so far, the time since it began, and
 * what its batch writes cost, so that throttling of the target shows as retries and pauses. A
 * {@link TableExport} reports items written to its file (copied and scanned alike, no writes); a
 * {@link TableImport} items written to its table (scanned: the items of the batches sent).
 *
 * @param copied  items written to the target table (or file)
 * @param scanned items read from the source table (those left out by the filter too)
 * @param elapsed time since the copy began
 * @param writes  the batch write requests so far, with their retries and pauses
 */
public record CopyProgress(long copied, long scanned, Duration elapsed, BatchStats writes) {
    /** Returns the items copied per second since the copy began. */
    public double itemsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : copied / seconds;
    }
}
