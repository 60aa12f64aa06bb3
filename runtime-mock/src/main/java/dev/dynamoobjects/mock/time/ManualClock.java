package dev.dynamoobjects.mock.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for the embedded engine's creation times and
 * TTL expiry. Thread-safe; in UTC ({@link #withZone} gives a view in another zone).
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().clock(clock).build();
 * // ... put an item whose TTL attribute is 1767225660 (one minute later)
 * clock.advance(Duration.ofMinutes(2));   // now the item has expired
 * }</pre>
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    private ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** Returns a clock showing the given instant until it is moved. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start);
    }

    /** Returns a clock showing the current system time, truncated to whole seconds, until it is moved. */
    public static ManualClock atSystemTime() {
        return at(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /** Moves the clock to the given instant, backwards too. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forward (or, with a negative duration, back) and returns the new time. */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Returns a view of this clock in another zone: it shows the same instants and moves with it. */
    @Override
    public Clock withZone(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? this : new ZonedView(zone);
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + "]";
    }

    private final class ZonedView extends Clock {
        private final ZoneId zone;

        ZonedView(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant instant() {
            return ManualClock.this.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return ManualClock.this.withZone(other);
        }
    }
}
