package dev.dynamoobjects.tools;

import java.time.Duration;

/**
 * How far a {@link TableCopy} is: items copied and scanned so far, and the time since it began.
 *
 * @param copied  items written to the target table
 * @param scanned items read from the source table (those left out by the filter too)
 * @param elapsed time since the copy began
 */
public record CopyProgress(long copied, long scanned, Duration elapsed) {
    /** Returns the items copied per second since the copy began. */
    public double itemsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : copied / seconds;
    }
}
