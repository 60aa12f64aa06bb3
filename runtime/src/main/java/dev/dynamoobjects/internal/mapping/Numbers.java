package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.mapping.MappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Number encodings of generated mappers: DynamoDB's canonical spelling (no exponent, no leading or
 * trailing zeroes, as DynamoDB returns numbers) and parsing with a {@link MappingException} naming
 * the attribute. Not meant to be called by hand.
 *
 * <pre>{@code
 * AttributeValue n = Numbers.n(42);          // {N: "42"}
 * int i = Numbers.toInt("42", "count");
 * }</pre>
 */
public final class Numbers {
    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1023;
    // Counts, versions and small amounts repeat; sharing their immutable values saves an allocation
    // each. Filled on first use, not up front, which would cost a fresh JVM a thousand values. Racing
    // threads at worst create the same value twice: attribute values are immutable, safely published.
    private static final AttributeValue[] SMALL = new AttributeValue[CACHE_HIGH - CACHE_LOW + 1];

    /** Decimals written or read by the fast path; more go through the JDK's general conversion. */
    private static final int FAST_DECIMALS = 7;
    /** Doubles hold every whole number below 2^53 exactly; 10^15 keeps a margin. */
    private static final double MAX_EXACT = 1e15;
    /** Sign, 16 whole digits and the point, the most the fast path writes besides the decimals. */
    private static final int MAX_TEXT = 18;
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    private Numbers() {
    }

    /** Returns the {@code N} value of an int. */
    public static AttributeValue n(int value) {
        return value >= CACHE_LOW && value <= CACHE_HIGH ? small(value) : AttributeValue.createN(Integer.toString(value));
    }

    /** Returns the {@code N} value of a long. */
    public static AttributeValue n(long value) {
        return value >= CACHE_LOW && value <= CACHE_HIGH ? small((int) value) : AttributeValue.createN(Long.toString(value));
    }

    private static AttributeValue small(int value) {
        AttributeValue cached = SMALL[value - CACHE_LOW];
        if (cached == null) {
            cached = AttributeValue.createN(Integer.toString(value));
            SMALL[value - CACHE_LOW] = cached;
        }
        return cached;
    }

    /** Returns the {@code N} value of a double. */
    public static AttributeValue n(double value) {
        return AttributeValue.createN(canonical(value));
    }

    /** Returns the {@code N} value of a float. */
    public static AttributeValue n(float value) {
        return AttributeValue.createN(canonical(value));
    }

    /** Returns the {@code N} value of a BigDecimal. */
    public static AttributeValue n(BigDecimal value) {
        return AttributeValue.createN(canonical(value));
    }

    /** Returns the {@code N} value of a BigInteger. */
    public static AttributeValue n(BigInteger value) {
        return AttributeValue.createN(value.toString());
    }

    /**
     * Returns a double as DynamoDB spells it.
     *
     * @throws MappingException for NaN and infinities, which DynamoDB cannot store
     */
    public static String canonical(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new MappingException("DynamoDB cannot store the number " + value + "; use a finite value.");
        }
        // Amounts and measures have few decimals: write them as a scaled long, far cheaper than
        // the general binary-to-decimal conversion. n / 10^k is correctly rounded, so when it gives
        // back the value, the decimal n * 10^-k reads back as exactly this double.
        for (int k = 0; k < FAST_DECIMALS; k++) {
            double scaled = value * POWERS_OF_TEN[k];
            if (Math.abs(scaled) >= MAX_EXACT) {
                break;
            }
            long whole = (long) scaled;
            if (whole == scaled) {
                if (whole / POWERS_OF_TEN[k] == value) {
                    return decimal(whole, k);
                }
                break;
            }
        }
        String text = Double.toString(value);
        return text.indexOf('E') < 0 ? text : canonical(new BigDecimal(text));
    }

    /** Writes {@code whole * 10^-decimals} without trailing zeroes. */
    private static String decimal(long whole, int decimals) {
        while (decimals > 0 && whole % 10 == 0) {
            whole /= 10;
            decimals--;
        }
        if (decimals == 0) {
            return Long.toString(whole);
        }
        // Digits written right to left into one buffer: fewer allocations than string building.
        long rest = Math.abs(whole);
        char[] text = new char[MAX_TEXT + decimals];
        int start = text.length;
        for (int i = 0; i < decimals; i++) {
            text[--start] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        text[--start] = '.';
        do {
            text[--start] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (whole < 0) {
            text[--start] = '-';
        }
        return new String(text, start, text.length - start);
    }

    /** Returns a float as DynamoDB spells it, from its shortest decimal form. */
    public static String canonical(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new MappingException("DynamoDB cannot store the number " + value + "; use a finite value.");
        }
        long whole = (long) value;
        return whole == value && Math.abs(value) < 1e7f
                ? Long.toString(whole) : canonical(new BigDecimal(Float.toString(value)));
    }

    /** Returns a BigDecimal as DynamoDB spells it: no exponent, no trailing zeroes. */
    public static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Parses an int; a whole number in another spelling ({@code 1E+2}) is accepted. */
    public static int toInt(String text, String attribute) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                return toBigDecimal(text, attribute).intValueExact();
            } catch (ArithmeticException notInt) {
                throw Items.badValue(attribute, text, "int", notInt);
            }
        }
    }

    /** Parses a long; a whole number in another spelling ({@code 1E+2}) is accepted. */
    public static long toLong(String text, String attribute) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                return toBigDecimal(text, attribute).longValueExact();
            } catch (ArithmeticException notLong) {
                throw Items.badValue(attribute, text, "long", notLong);
            }
        }
    }

    /** Parses a short. */
    public static short toShort(String text, String attribute) {
        int value = toInt(text, attribute);
        if ((short) value != value) {
            throw Items.badValue(attribute, text, "short", null);
        }
        return (short) value;
    }

    /** Parses a byte. */
    public static byte toByte(String text, String attribute) {
        int value = toInt(text, attribute);
        if ((byte) value != value) {
            throw Items.badValue(attribute, text, "byte", null);
        }
        return (byte) value;
    }

    /** Parses a double. */
    public static double toDouble(String text, String attribute) {
        double fast = fastDouble(text);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw Items.badValue(attribute, text, "double", e);
        }
    }

    /**
     * Reads a plain decimal of at most 15 digits as a long divided by a power of ten, which is
     * correctly rounded like {@code Double.parseDouble} but much cheaper; NaN for anything else.
     */
    private static double fastDouble(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length == start || length - start > 16) {
            return Double.NaN;
        }
        long whole = 0;
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        int decimals = point < 0 ? 0 : length - point - 1;
        if ((point >= 0 && (decimals == 0 || point == start)) || length - start - (point < 0 ? 0 : 1) > 15) {
            return Double.NaN;
        }
        double value = whole / POWERS_OF_TEN[decimals];
        return start == 1 ? -value : value;
    }

    /** Parses a float. */
    public static float toFloat(String text, String attribute) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw Items.badValue(attribute, text, "float", e);
        }
    }

    /** Parses a BigDecimal. */
    public static BigDecimal toBigDecimal(String text, String attribute) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw Items.badValue(attribute, text, "BigDecimal", e);
        }
    }

    /** Parses a BigInteger; a whole number spelt with a fraction or exponent is accepted. */
    public static BigInteger toBigInteger(String text, String attribute) {
        try {
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            try {
                return toBigDecimal(text, attribute).toBigIntegerExact();
            } catch (ArithmeticException notWhole) {
                throw Items.badValue(attribute, text, "BigInteger", notWhole);
            }
        }
    }
}
