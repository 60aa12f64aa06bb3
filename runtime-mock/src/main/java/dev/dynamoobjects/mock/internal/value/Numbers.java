package dev.dynamoobjects.mock.internal.value;

import java.math.BigDecimal;

/**
 * DynamoDB's number type: parsing, range and precision checks, canonical spelling and arithmetic.
 * DynamoDB keeps up to 38 significant digits with a magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125, and returns numbers without leading or trailing
 * zeroes.
 */
public final class Numbers {
    /** DynamoDB's maximum number of significant digits. */
    public static final int MAX_PRECISION = 38;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    private Numbers() {
    }

    /**
     * Parses a number as DynamoDB accepts it.
     *
     * @throws NumberFormatException with DynamoDB's message text when the text is not a number
     *                               or is out of range or precision
     */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            // No trim: DynamoDB refuses " 1" and "1 " as it refuses any other text that is not a number.
            value = new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NumberFormatException(ValueMessages.NOT_A_NUMBER);
        }
        return checkRange(value);
    }

    /**
     * Checks that a number, parsed or computed, fits DynamoDB's range and precision.
     *
     * @throws NumberFormatException with DynamoDB's message text otherwise
     */
    public static BigDecimal checkRange(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_PRECISION) {
            throw new NumberFormatException(ValueMessages.TOO_PRECISE);
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) > 0) {
            throw new NumberFormatException(ValueMessages.OVERFLOW);
        }
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw new NumberFormatException(ValueMessages.UNDERFLOW);
        }
        return stripped;
    }

    /** Returns the canonical spelling DynamoDB returns for a valid number. */
    public static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Returns the canonical spelling of a valid number's text. */
    public static String canonical(String text) {
        return canonical(parse(text));
    }

    /** Adds two numbers as an update expression or ADD action does, with DynamoDB's checks. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return checkResult(a.add(b));
    }

    /** Subtracts {@code b} from {@code a} as an update expression does, with DynamoDB's checks. */
    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return checkResult(a.subtract(b));
    }

    /**
     * Checks an exact sum or difference. DynamoDB reports a result that needs more than 38
     * significant digits as an overflow, whatever its magnitude (1E+50 + 1 is an "overflow"), so
     * the arithmetic is exact and never rounds.
     */
    private static BigDecimal checkResult(BigDecimal exact) {
        if (exact.signum() != 0 && exact.stripTrailingZeros().precision() > MAX_PRECISION) {
            throw new NumberFormatException(ValueMessages.OVERFLOW);
        }
        return checkRange(exact);
    }
}
