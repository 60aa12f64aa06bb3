package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.mapping.EntityTypeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholders of single-table key templates ({@code ORDER#{placedAt}#{orderId}}), written so
 * that a key's string order is its values' order and no two values give one key: whole numbers
 * zero-padded to the width of their type and never negative, instants as fixed-width UTC ISO-8601
 * and dates as ISO-8601 within the years 0 to 9999, texts without the separator that follows them.
 * Not meant to be called by hand.
 *
 * <pre>{@code
 * KeyParts.number(42, 10, "orderNo")   // "0000000042"
 * }</pre>
 */
public final class KeyParts {
    /** Widths of {@code Byte.MAX_VALUE}, {@code Short.MAX_VALUE}, {@code Integer.MAX_VALUE}, {@code Long.MAX_VALUE}. */
    public static final int BYTE_WIDTH = 3;
    public static final int SHORT_WIDTH = 5;
    public static final int INT_WIDTH = 10;
    public static final int LONG_WIDTH = 19;

    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private KeyParts() {
    }

    /** Returns a whole number zero-padded to {@code width} digits. */
    public static String number(long value, int width, String attribute) {
        if (value < 0) {
            throw new ValidationException(attribute + " = " + value + " is negative, but a key template writes numbers"
                    + " zero-padded so that key order is number order; store a number of 0 or more");
        }
        String digits = Long.toString(value);
        return "0".repeat(width - digits.length()) + digits;
    }

    /** Returns a boxed whole number ({@code Integer}, {@code Long} ...) zero-padded to {@code width} digits. */
    public static String number(Number value, int width, String attribute) {
        return number(Objects.requireNonNull(value, () -> nullMessage(attribute)).longValue(), width, attribute);
    }

    /** Returns an instant as fixed-width UTC ISO-8601 with nine fraction digits. */
    public static String instant(Instant value, String attribute) {
        if (Objects.requireNonNull(value, () -> nullMessage(attribute)).isBefore(FIRST) || value.isAfter(LAST)) {
            throw new ValidationException(attribute + " = " + value + " is outside the years 0 to 9999, which a key"
                    + " template writes with a fixed width; store an instant within them");
        }
        return Times.format(value);
    }

    /** Returns a date as ISO-8601. */
    public static String date(LocalDate value, String attribute) {
        if (Objects.requireNonNull(value, () -> nullMessage(attribute)).getYear() < 0 || value.getYear() > 9999) {
            throw new ValidationException(attribute + " = " + value + " is outside the years 0 to 9999, which a key"
                    + " template writes with a fixed width; store a date within them");
        }
        return value.toString();
    }

    /** Returns a UUID as its text. */
    public static String uuid(UUID value, String attribute) {
        return Objects.requireNonNull(value, () -> nullMessage(attribute)).toString();
    }

    /** Returns an enum constant's name, which must not hold {@code separator} (empty: none follows). */
    public static String name(Enum<?> value, String attribute, String separator) {
        return text(Objects.requireNonNull(value, () -> nullMessage(attribute)).name(), attribute, separator);
    }

    /**
     * Returns a text, which must not hold {@code separator}, the first character of the template's
     * literal that follows it (empty: none follows): else two values could give one key.
     */
    public static String text(String value, String attribute, String separator) {
        Objects.requireNonNull(value, () -> nullMessage(attribute));
        if (!separator.isEmpty() && value.contains(separator)) {
            throw new ValidationException(attribute + " = \"" + value + "\" holds \"" + separator + "\", which separates"
                    + " it from the next part of its key template, so two values could give one key; remove it"
                    + " from the value, or separate the template's parts by another character");
        }
        return value;
    }

    /** Returns the attribute value of a key string. */
    public static AttributeValue s(String key) {
        return AttributeValue.fromS(key);
    }

    /** Returns true when an item holds the entity type {@code expected}. */
    public static boolean isType(Map<String, AttributeValue> item, String typeAttribute, String expected) {
        AttributeValue type = item.get(typeAttribute);
        return type != null && expected.equals(type.s());
    }

    /**
     * Checks that an item is of the entity type {@code expected} before it is read as one.
     *
     * @throws EntityTypeException when the item holds another type or none
     */
    public static void checkType(Map<String, AttributeValue> item, String typeAttribute, String expected,
            String entity) {
        if (!isType(item, typeAttribute, expected)) {
            AttributeValue type = item.get(typeAttribute);
            String found = type == null ? null : type.s();
            throw new EntityTypeException(typeAttribute, expected, found, entity);
        }
    }

    private static String nullMessage(String attribute) {
        return attribute + " is part of a key template and must not be null";
    }
}
