package dev.dynamoobjects.mock.internal.durable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The engine's clock with a data directory. During replay it reads the time each journal entry was
 * first applied, so replayed tables keep their creation times and time-dependent rules decide as
 * they did then; while a write request runs it stands still ({@link #fix}), so that everything the
 * request stamps (stream records, shard ids, a stream's ARN) reads the one time its journal entry
 * keeps, and replay stamps them identically.
 */
public final class ReplayClock extends Clock {
    private final Clock clock;
    /** The time the clock stands at (replaying an entry, or while a write request runs), null when it runs. */
    private volatile Instant fixed;

    public ReplayClock(Clock clock) {
        this.clock = clock;
    }

    /** Makes the clock read {@code time} until {@link #live} (replay is single-threaded, at start-up). */
    void replaying(Instant time) {
        fixed = time;
    }

    /** Makes the clock read the engine's own clock again. */
    void live() {
        fixed = null;
    }

    /**
     * Makes the clock read its current time until {@link #release}: called when a write request
     * takes the engine's write lock. Other threads read that time meanwhile, which is never before
     * a time they read earlier, so the clock still never goes back.
     */
    public void fix() {
        fixed = clock.instant();
    }

    /** Ends {@link #fix}: the write request is done. */
    public void release() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant time = fixed;
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
