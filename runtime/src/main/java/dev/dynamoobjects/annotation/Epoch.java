package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Stores a time attribute ({@code Instant}, {@code OffsetDateTime}, {@code LocalDateTime} taken
 * as UTC, {@code LocalDate}, {@code Duration}) as a number of units since the epoch (or as a
 * length, for a duration) instead of the default sortable ISO-8601 string.
 *
 * <pre>{@code
 * @Epoch(ChronoUnit.SECONDS) Instant expiresAt();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Epoch {
    /** The unit of the stored number: {@code SECONDS}, {@code MILLIS} or {@code DAYS}. */
    ChronoUnit value() default ChronoUnit.SECONDS;
}
