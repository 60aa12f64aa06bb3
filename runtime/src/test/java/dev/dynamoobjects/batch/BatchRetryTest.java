package dev.dynamoobjects.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pause levels of batch retries: doubled from the first delay up to the longest, jittered. */
class BatchRetryTest {
    private static final long MS = 1_000_000;
    private final BatchRetry retry = BatchRetry.DEFAULT.withFirstDelay(Duration.ofMillis(100))
            .withMaxDelay(Duration.ofSeconds(1));

    @Test
    void levelsDoubleFromTheFirstDelayUpToTheLongest() {
        long level = 0;
        long[] expected = {100, 200, 400, 800, 1000, 1000};
        for (long millis : expected) {
            level = retry.raised(level);
            assertEquals(millis * MS, level);
        }
    }

    @Test
    void aPauseIsItsLevelWithEqualJitterAndNeverUnderTheFirstDelay() {
        for (long levelMs : new long[] {0, 25, 100, 400, 1000}) {
            long cap = Math.max(levelMs, 100);
            for (int i = 0; i < 20; i++) {
                long millis = retry.pause(levelMs * MS).toMillis();
                assertTrue(millis >= cap / 2 && millis <= cap, "level " + levelMs + ": " + millis + " ms");
            }
        }
    }
}
