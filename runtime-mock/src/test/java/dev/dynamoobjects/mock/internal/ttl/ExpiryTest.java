package dev.dynamoobjects.mock.internal.ttl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExpiryTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final long SECONDS = NOW.getEpochSecond();

    @Test
    void expiresOnceTheTtlIsEarlierThanNow() {
        assertTrue(expired(AttributeValue.fromN(Long.toString(SECONDS - 1))));
        assertFalse(expired(AttributeValue.fromN(Long.toString(SECONDS))));
        assertFalse(expired(AttributeValue.fromN(Long.toString(SECONDS + 1))));
        assertTrue(expired(AttributeValue.fromN((SECONDS - 1) + ".5")));
    }

    @Test
    void neverExpiresWithoutANumberOrFarInThePast() {
        assertFalse(Expiry.isExpired(Map.of(), "ttl", NOW));
        assertFalse(expired(AttributeValue.fromS(Long.toString(SECONDS - 10))));
        assertFalse(expired(AttributeValue.fromN(Long.toString(SECONDS - Duration.ofDays(6 * 365).toSeconds()))));
        assertTrue(expired(AttributeValue.fromN(Long.toString(SECONDS - Duration.ofDays(4 * 365).toSeconds()))));
    }

    private static boolean expired(AttributeValue ttl) {
        return Expiry.isExpired(Map.of("ttl", ttl), "ttl", NOW);
    }
}
