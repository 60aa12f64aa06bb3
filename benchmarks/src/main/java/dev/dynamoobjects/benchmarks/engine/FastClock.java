package dev.dynamoobjects.benchmarks.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock sped up: {@code speed} seconds pass every second. */
final class FastClock extends Clock {
    private final long startNanos = System.nanoTime();
    private final long startMillis = System.currentTimeMillis();
    private final long speed;

    FastClock(long speed) {
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return startMillis + (System.nanoTime() - startNanos) / 1_000_000 * speed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
