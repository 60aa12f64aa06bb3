package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute whose time DynamoDB deletes the item after (time to live): an
 * {@code Instant} (stored as epoch seconds) or a {@code long} of epoch seconds. Time to live is
 * enabled on it when the library creates the table. DynamoDB deletes expired items within days,
 * not at once: filter them out of reads where that matters.
 *
 * <pre>{@code
 * @Ttl Instant expiresAt();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Ttl {
}
