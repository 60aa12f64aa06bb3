package dev.dynamoobjects.mock.internal.validation;

import dev.dynamoobjects.mock.internal.value.Numbers;

/**
 * The fast path for the numbers most items hold: plain decimals already in canonical spelling
 * ({@code 42}, {@code -1.5}) with at most 38 digits, which are valid without parsing a BigDecimal
 * and whose size can be read off the text. Anything else takes the BigDecimal path.
 */
final class PlainNumbers {
    private PlainNumbers() {
    }

    /**
     * Returns true for {@code -?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?} other than {@code -0}, with at most
     * 38 digits in all (so within DynamoDB's precision and range).
     */
    static boolean isCanonical(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == length || !isDigit(text.charAt(i))) {
            return false;
        }
        int digitsStart = i;
        boolean leadingZero = text.charAt(i) == '0';
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (leadingZero && i - digitsStart > 1) {
            return false;
        }
        int digits = i - digitsStart;
        if (i < length) {
            if (text.charAt(i) != '.' || i == length - 1 || text.charAt(length - 1) == '0') {
                return false;
            }
            for (int j = i + 1; j < length; j++) {
                if (!isDigit(text.charAt(j))) {
                    return false;
                }
            }
            digits += length - i - 1;
        } else if (leadingZero && digitsStart == 1) {
            return false;
        }
        return digits <= Numbers.MAX_PRECISION;
    }

    /**
     * Returns the size of a number for which {@link #isCanonical} holds: its significant digits,
     * aligned in pairs on the decimal point, plus one byte, plus one when negative.
     */
    static int size(String text) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int dot = text.indexOf('.');
        int digits;
        boolean oddScale;
        if (dot < 0) {
            int end = text.length();
            while (end > start + 1 && text.charAt(end - 1) == '0') {
                end--;
            }
            if (end == start + 1 && text.charAt(start) == '0') {
                return 1;
            }
            digits = end - start;
            oddScale = ((text.length() - end) & 1) != 0;
        } else {
            int fraction = text.length() - dot - 1;
            if (dot - start == 1 && text.charAt(start) == '0') {
                int first = dot + 1;
                while (text.charAt(first) == '0') {
                    first++;
                }
                digits = text.length() - first;
            } else {
                digits = dot - start + fraction;
            }
            oddScale = (fraction & 1) != 0;
        }
        if (oddScale) {
            digits++;
        }
        return (digits + 1) / 2 + 1 + (negative ? 1 : 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
