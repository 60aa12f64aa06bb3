package dev.dynamoobjects.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.tools.CopyProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line of copy, export and import: throttling of the target shows once it happens. */
class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressLine line =
            new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), "prod_product");

    @Test
    void aCopyWithoutRetriesShowsItsRate() {
        line.progress(new CopyProgress(1_000, 1_200, Duration.ofSeconds(2), new BatchStats(40, 0, Duration.ZERO)));
        assertEquals("\rprod_product: copied 1,000 of 1,200 items scanned (500 items/s)", printed());
    }

    @Test
    void aThrottlingTargetIsNamedWithItsRetriesAndPauses() {
        line.progress(new CopyProgress(1_000, 1_200, Duration.ofSeconds(2),
                new BatchStats(52, 12, Duration.ofMillis(1_500))));
        assertEquals("\rprod_product: copied 1,000 of 1,200 items scanned (500 items/s); target throttling:"
                + " 52 requests (12 retries, 1.5 s paused)", printed());
    }

    @Test
    void anExportAndAnImportCountTheirItems() {
        CopyProgress progress = new CopyProgress(1_000, 1_000, Duration.ofSeconds(4), BatchStats.NONE);
        ProgressLine.exporting(new PrintStream(bytes, true, StandardCharsets.UTF_8), "prod_product").progress(progress);
        ProgressLine.importing(new PrintStream(bytes, true, StandardCharsets.UTF_8), "dev_product").progress(progress);
        assertEquals("\rprod_product: exported 1,000 items (250 items/s)"
                + "\rdev_product: imported 1,000 items (250 items/s)", printed());
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
