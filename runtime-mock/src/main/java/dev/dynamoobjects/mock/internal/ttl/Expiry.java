package dev.dynamoobjects.mock.internal.ttl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * When an item has expired under Time to Live, decided the same way every time so tests can rely on
 * it. DynamoDB marks an item expired once its TTL attribute, a Number of epoch seconds, is less than
 * the current time, and deletes it some time later (typically within two days); until then it still
 * shows in reads. The embedded engine removes that uncertainty: an expired item is gone from the first
 * read after the clock passes its TTL, and deleted then.
 *
 * <p>As in DynamoDB, an item whose TTL attribute is missing, not a Number, or more than five years in
 * the past (a value in milliseconds or a mistake, not an expiry) never expires.
 *
 * <pre>{@code
 * Expiry.isExpired(item, "expiresAt", clock.instant())
 * }</pre>
 */
public final class Expiry {
    /** DynamoDB ignores expiry times further in the past than this. */
    public static final Duration IGNORED_AFTER = Duration.ofDays(5 * 365);

    private Expiry() {
    }

    /**
     * Returns true when the item's TTL attribute holds epoch seconds that are earlier than {@code now}
     * but not more than five years earlier.
     */
    public static boolean isExpired(Map<String, AttributeValue> item, String ttlAttribute, Instant now) {
        AttributeValue value = item.get(ttlAttribute);
        if (value == null || value.n() == null) {
            return false;
        }
        BigDecimal expiresAt;
        try {
            expiresAt = new BigDecimal(value.n());
        } catch (NumberFormatException e) {
            return false;
        }
        return expiresAt.compareTo(BigDecimal.valueOf(now.getEpochSecond())) < 0
                && expiresAt.compareTo(BigDecimal.valueOf(now.minus(IGNORED_AFTER).getEpochSecond())) >= 0;
    }
}
