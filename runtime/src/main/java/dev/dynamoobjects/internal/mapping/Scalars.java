package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.mapping.MappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one scalar attribute value as a Java type, for generated mappers: a wrong DynamoDB type or
 * an unreadable value raises a {@link MappingException} naming the attribute. Not meant to be
 * called by hand.
 *
 * <pre>{@code
 * int count = Scalars.toInt(item.get("count"), "count");
 * }</pre>
 */
public final class Scalars {
    private Scalars() {
    }

    /** Reads a int; {@code NULL} reads as 0. */
    public static int toInt(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? 0 : Numbers.toInt(text, attribute);
    }

    /** Reads a Integer; {@code NULL} reads as null. */
    public static Integer toInteger(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toInt(text, attribute);
    }

    /** Reads a long; {@code NULL} reads as 0L. */
    public static long toLong(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? 0L : Numbers.toLong(text, attribute);
    }

    /** Reads a Long; {@code NULL} reads as null. */
    public static Long toLongObject(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toLong(text, attribute);
    }

    /** Reads a short; {@code NULL} reads as (short) 0. */
    public static short toShort(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? (short) 0 : Numbers.toShort(text, attribute);
    }

    /** Reads a Short; {@code NULL} reads as null. */
    public static Short toShortObject(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toShort(text, attribute);
    }

    /** Reads a byte; {@code NULL} reads as (byte) 0. */
    public static byte toByte(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? (byte) 0 : Numbers.toByte(text, attribute);
    }

    /** Reads a Byte; {@code NULL} reads as null. */
    public static Byte toByteObject(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toByte(text, attribute);
    }

    /** Reads a float; {@code NULL} reads as 0f. */
    public static float toFloat(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? 0f : Numbers.toFloat(text, attribute);
    }

    /** Reads a Float; {@code NULL} reads as null. */
    public static Float toFloatObject(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toFloat(text, attribute);
    }

    /** Reads a double; {@code NULL} reads as 0d. */
    public static double toDouble(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? 0d : Numbers.toDouble(text, attribute);
    }

    /** Reads a Double; {@code NULL} reads as null. */
    public static Double toDoubleObject(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toDouble(text, attribute);
    }

    /** Reads a char; {@code NULL} reads as '\0'. */
    public static char toChar(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? '\0' : character(text, attribute);
    }

    /** Reads a Character; {@code NULL} reads as null. */
    public static Character toCharacter(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : character(text, attribute);
    }

    /** Reads a BigDecimal; {@code NULL} reads as null. */
    public static BigDecimal toBigDecimal(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toBigDecimal(text, attribute);
    }

    /** Reads a BigInteger; {@code NULL} reads as null. */
    public static BigInteger toBigInteger(AttributeValue value, String attribute) {
        String text = Items.n(value, attribute);
        return text == null ? null : Numbers.toBigInteger(text, attribute);
    }

    /** Reads a Instant; {@code NULL} reads as null. */
    public static Instant toInstant(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : Times.toInstant(text, attribute);
    }

    /** Reads a LocalDate; {@code NULL} reads as null. */
    public static LocalDate toLocalDate(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : Times.toLocalDate(text, attribute);
    }

    /** Reads a LocalDateTime; {@code NULL} reads as null. */
    public static LocalDateTime toLocalDateTime(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : Times.toLocalDateTime(text, attribute);
    }

    /** Reads a OffsetDateTime; {@code NULL} reads as null. */
    public static OffsetDateTime toOffsetDateTime(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : Times.toOffsetDateTime(text, attribute);
    }

    /** Reads a Duration; {@code NULL} reads as null. */
    public static Duration toDuration(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : Times.toDuration(text, attribute);
    }

    /** Reads a UUID; {@code NULL} reads as null. */
    public static UUID toUuid(AttributeValue value, String attribute) {
        String text = Items.s(value, attribute);
        return text == null ? null : uuid(text, attribute);
    }

    /** Reads a Instant stored as a number of units since the epoch; {@code NULL} reads as null. */
    public static Instant toInstant(AttributeValue value, String attribute, ChronoUnit unit) {
        String text = Items.n(value, attribute);
        return text == null ? null : Times.instantOfEpoch(Numbers.toLong(text, attribute), unit);
    }

    /** Reads a LocalDate stored as a number of units since the epoch; {@code NULL} reads as null. */
    public static LocalDate toLocalDate(AttributeValue value, String attribute, ChronoUnit unit) {
        String text = Items.n(value, attribute);
        return text == null ? null : Times.localDateOfEpoch(Numbers.toLong(text, attribute), unit);
    }

    /** Reads a LocalDateTime stored as a number of units since the epoch; {@code NULL} reads as null. */
    public static LocalDateTime toLocalDateTime(AttributeValue value, String attribute, ChronoUnit unit) {
        String text = Items.n(value, attribute);
        return text == null ? null : Times.localDateTimeOfEpoch(Numbers.toLong(text, attribute), unit);
    }

    /** Reads a OffsetDateTime stored as a number of units since the epoch; {@code NULL} reads as null. */
    public static OffsetDateTime toOffsetDateTime(AttributeValue value, String attribute, ChronoUnit unit) {
        String text = Items.n(value, attribute);
        return text == null ? null : Times.offsetDateTimeOfEpoch(Numbers.toLong(text, attribute), unit);
    }

    /** Reads a Duration stored as a number of units since the epoch; {@code NULL} reads as null. */
    public static Duration toDuration(AttributeValue value, String attribute, ChronoUnit unit) {
        String text = Items.n(value, attribute);
        return text == null ? null : Times.durationOfEpoch(Numbers.toLong(text, attribute), unit);
    }

    /** Reads a boolean; {@code NULL} reads as false. */
    public static boolean toBoolean(AttributeValue value, String attribute) {
        return Boolean.TRUE.equals(Items.bool(value, attribute));
    }

    /** Reads a Boolean; {@code NULL} reads as null. */
    public static Boolean toBooleanObject(AttributeValue value, String attribute) {
        return Items.bool(value, attribute);
    }

    /** Reads a byte array (a copy); {@code NULL} reads as null. */
    public static byte[] toBytes(AttributeValue value, String attribute) {
        SdkBytes bytes = Items.b(value, attribute);
        return bytes == null ? null : bytes.asByteArray();
    }

    /** Reads an enum constant by name; {@code NULL} reads as null. */
    public static <E extends Enum<E>> E toEnum(AttributeValue value, String attribute, Class<E> type) {
        String text = Items.s(value, attribute);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw Items.badValue(attribute, text, type.getSimpleName(), e);
        }
    }

    private static char character(String text, String attribute) {
        if (text.length() != 1) {
            throw Items.badValue(attribute, text, "char", null);
        }
        return text.charAt(0);
    }

    private static UUID uuid(String text, String attribute) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Items.badValue(attribute, text, "UUID", e);
        }
    }
}
