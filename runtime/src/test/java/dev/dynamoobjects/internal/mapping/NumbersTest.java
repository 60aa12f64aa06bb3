package dev.dynamoobjects.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mapping.MappingException;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void doublesAreSpeltWithoutExponentOrTrailingZeroes() {
        assertEquals("0", Numbers.canonical(0.0));
        assertEquals("0", Numbers.canonical(-0.0));
        assertEquals("12.75", Numbers.canonical(12.75));
        assertEquals("-0.001", Numbers.canonical(-0.001));
        assertEquals("100", Numbers.canonical(100.0));
        assertEquals("0.1", Numbers.canonical(0.1));
        assertEquals("100000000000000000000", Numbers.canonical(1e20));
        assertEquals("0.00000123", Numbers.canonical(1.23e-6));
        assertEquals("0.30000000000000004", Numbers.canonical(0.1 + 0.2));
    }

    @Test
    void everyDoubleReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 40_000; i++) {
            double value = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextInt(-1_000_000, 1_000_000) / 100.0;
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 16));
                default -> random.nextLong(-1_000_000_000L, 1_000_000_000L) / 1e7;
            };
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = Numbers.canonical(value);
            assertEquals(value == 0 ? 0.0 : value, Numbers.toDouble(text, "x"), text);
            assertEquals(new BigDecimal(text).stripTrailingZeros().toPlainString(), value == 0 ? "0" : text);
            assertEquals(Double.parseDouble(text), Numbers.toDouble(text, "x"), text);
        }
    }

    @Test
    void readingMatchesTheJdkOnEdgeSpellings() {
        for (String text : new String[] {"0", "-0", "1.5", "-12.000", "123456789012345", "1234567890123456",
                "0.000000000000001", "9007199254740993", "1E+2", "1e-3", ".5", "5.", "-", "1.2.3"}) {
            double expected;
            try {
                expected = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                assertThrows(MappingException.class, () -> Numbers.toDouble(text, "x"), text);
                continue;
            }
            assertEquals(expected, Numbers.toDouble(text, "x"), text);
        }
    }

    @Test
    void wholeNumbersAcceptOtherSpellingsButNotFractions() {
        assertEquals(100, Numbers.toInt("1E+2", "x"));
        assertEquals(5L, Numbers.toLong("5.000", "x"));
        assertThrows(MappingException.class, () -> Numbers.toInt("1.5", "x"));
        assertThrows(MappingException.class, () -> Numbers.toInt("3000000000", "x"));
        assertThrows(MappingException.class, () -> Numbers.toByte("128", "x"));
    }

    @Test
    void nonFiniteDoublesAreRejected() {
        assertThrows(MappingException.class, () -> Numbers.canonical(Double.POSITIVE_INFINITY));
    }
}
