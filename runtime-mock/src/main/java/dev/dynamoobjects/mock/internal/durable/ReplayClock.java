package dev.dynamoobjects.mock.internal.durable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The engine's clock, which during replay reads the time each journal entry was first applied, so
 * replayed tables keep their creation times and time-dependent rules decide as they did then.
 */
public final class ReplayClock extends Clock {
    private final Clock clock;
    private volatile Instant replaying;

    public ReplayClock(Clock clock) {
        this.clock = clock;
    }

    /** Makes the clock read {@code time} until {@link #live} (replay is single-threaded, at start-up). */
    void replaying(Instant time) {
        replaying = time;
    }

    /** Makes the clock read the engine's own clock again. */
    void live() {
        replaying = null;
    }

    @Override
    public Instant instant() {
        Instant time = replaying;
        return time == null ? clock.instant() : time;
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine's replay clock has one zone");
    }
}
