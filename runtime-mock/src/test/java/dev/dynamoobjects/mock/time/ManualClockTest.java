package dev.dynamoobjects.mock.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void standsStillUntilMoved() {
        ManualClock clock = ManualClock.at(START);
        assertEquals(START, clock.instant());
        assertEquals(START.plusSeconds(90), clock.advance(Duration.ofSeconds(90)));
        assertEquals(START.plusSeconds(90), clock.instant());
        clock.set(START.minusSeconds(1));
        assertEquals(START.minusSeconds(1).toEpochMilli(), clock.millis());
    }

    @Test
    void isInUtcAndItsZonedViewsMoveWithIt() {
        ManualClock clock = ManualClock.at(START);
        assertEquals(ZoneOffset.UTC, clock.getZone());
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofHours(1));
        assertEquals(START.plusSeconds(3600), paris.instant());
        assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
    }
}
