package dev.dynamoobjects.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pauses between batch retries: exponential back-off with jitter, capped. */
class BatchRetryTest {
    @Test
    void pausesGrowFromTheFirstDelayUpToTheLongest() {
        BatchRetry retry = BatchRetry.DEFAULT.withFirstDelay(Duration.ofMillis(100)).withMaxDelay(Duration.ofSeconds(1));
        for (int round = 0; round < 40; round++) {
            long cap = Math.min(100L << Math.min(round, 20), 1000);
            long millis = retry.pause(round).toMillis();
            assertTrue(millis >= cap / 2 && millis <= cap, "round " + round + ": " + millis + " ms");
        }
    }
}
