package dev.dynamoobjects.internal.mapping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Time encodings of generated mappers. Strings are ISO-8601 with a fixed nine-digit fraction, so
 * that their text order is their time order (instants and offset date-times are stored in UTC);
 * {@code @Epoch} numbers count units since 1970-01-01T00:00Z (date-times without offset are taken
 * as UTC). Durations are stored as ISO-8601 ({@code PT1H30M}) or, with {@code @Epoch}, as a count
 * of units. Reading accepts any ISO-8601 fraction length. Not meant to be called by hand.
 *
 * <pre>{@code
 * Times.format(Instant.EPOCH)   // "1970-01-01T00:00:00.000000000Z"
 * }</pre>
 */
public final class Times {
    private Times() {
    }

    /** The formatters of years past 9999 or before 0, in a class of their own so that others never build them. */
    private static final class Formatters {
        static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();
        static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    }

    /** Returns the sortable string of an instant. */
    public static String format(Instant value) {
        String text = IsoText.instant(value);
        return text != null ? text : Formatters.INSTANT.format(value);
    }

    /** Returns the ISO string of a date. */
    public static String format(LocalDate value) {
        return value.toString();
    }

    /** Returns the sortable string of a date-time. */
    public static String format(LocalDateTime value) {
        String text = IsoText.localDateTime(value);
        return text != null ? text : Formatters.LOCAL_DATE_TIME.format(value);
    }

    /** Returns the sortable string of a date-time with offset, converted to UTC. */
    public static String format(OffsetDateTime value) {
        return format(value.toInstant());
    }

    /** Returns the ISO string of a duration. */
    public static String format(Duration value) {
        return value.toString();
    }

    /** Parses an instant. */
    public static Instant toInstant(String text, String attribute) {
        Instant fast = IsoText.instant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Items.badValue(attribute, text, "Instant", e);
        }
    }

    /** Parses a date. */
    public static LocalDate toLocalDate(String text, String attribute) {
        LocalDate fast = IsoText.localDate(text);
        if (fast != null) {
            return fast;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Items.badValue(attribute, text, "LocalDate", e);
        }
    }

    /** Parses a date-time. */
    public static LocalDateTime toLocalDateTime(String text, String attribute) {
        LocalDateTime fast = IsoText.localDateTime(text);
        if (fast != null) {
            return fast;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Items.badValue(attribute, text, "LocalDateTime", e);
        }
    }

    /** Parses a date-time with offset; the result is in UTC. */
    public static OffsetDateTime toOffsetDateTime(String text, String attribute) {
        Instant fast = IsoText.instant(text);
        if (fast != null) {
            return fast.atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw Items.badValue(attribute, text, "OffsetDateTime", e);
        }
    }

    /** Parses a duration. */
    public static Duration toDuration(String text, String attribute) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw Items.badValue(attribute, text, "Duration", e);
        }
    }

    /** Returns the units since the epoch of an instant, rounded down. */
    public static long toEpoch(Instant value, ChronoUnit unit) {
        return unit.between(Instant.EPOCH, value);
    }

    /** Returns the units since the epoch of a date's first instant in UTC. */
    public static long toEpoch(LocalDate value, ChronoUnit unit) {
        return toEpoch(value.atStartOfDay().toInstant(ZoneOffset.UTC), unit);
    }

    /** Returns the units since the epoch of a date-time taken as UTC. */
    public static long toEpoch(LocalDateTime value, ChronoUnit unit) {
        return toEpoch(value.toInstant(ZoneOffset.UTC), unit);
    }

    /** Returns the units since the epoch of a date-time with offset. */
    public static long toEpoch(OffsetDateTime value, ChronoUnit unit) {
        return toEpoch(value.toInstant(), unit);
    }

    /** Returns the length of a duration in whole units. */
    public static long toEpoch(Duration value, ChronoUnit unit) {
        return value.dividedBy(unit.getDuration());
    }

    /** Returns the instant a number of units after the epoch. */
    public static Instant instantOfEpoch(long units, ChronoUnit unit) {
        return Instant.EPOCH.plus(units, unit);
    }

    /** Returns the UTC date of the instant a number of units after the epoch. */
    public static LocalDate localDateOfEpoch(long units, ChronoUnit unit) {
        return LocalDate.ofInstant(instantOfEpoch(units, unit), ZoneOffset.UTC);
    }

    /** Returns the UTC date-time of the instant a number of units after the epoch. */
    public static LocalDateTime localDateTimeOfEpoch(long units, ChronoUnit unit) {
        return LocalDateTime.ofInstant(instantOfEpoch(units, unit), ZoneOffset.UTC);
    }

    /** Returns the UTC date-time of the instant a number of units after the epoch. */
    public static OffsetDateTime offsetDateTimeOfEpoch(long units, ChronoUnit unit) {
        return instantOfEpoch(units, unit).atOffset(ZoneOffset.UTC);
    }

    /** Returns the duration of a number of units. */
    public static Duration durationOfEpoch(long units, ChronoUnit unit) {
        return Duration.of(units, unit);
    }
}
