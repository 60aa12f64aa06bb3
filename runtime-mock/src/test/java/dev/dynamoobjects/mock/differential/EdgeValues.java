package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The values the edge-case generator draws from: numbers at DynamoDB's limits and in every
 * spelling, strings and binaries whose order is tricky, and documents nested near the depth limit.
 * Mostly valid, so that the tables fill up; sometimes just past a limit.
 */
final class EdgeValues {
    /** Numbers DynamoDB accepts, spelled in ways it must canonicalise or order numerically. */
    static final String[] NUMBERS = {"0", "-0", "0.0", "1", "1.0", "1.50", "1E+2", "1e2", "100", "-1.5E-3",
            "10", "9", "-10", "0.001", "007", "12345678901234567890123456789012345678",
            "-12345678901234567890123456789012345678", "9.9999999999999999999999999999999999999E+125",
            "-9.9999999999999999999999999999999999999E+125", "1E-130", "-1E-130", "1.2345678901234567890123456789012345678E-100"};
    /** Numbers DynamoDB refuses: too precise, out of range or not numbers at all. */
    static final String[] BAD_NUMBERS = {"123456789012345678901234567890123456789", "1E+126", "1E-131",
            "-1E+126", "abc", "", "1..2", "NaN", "Infinity", "0x10", "1E", "--1"};
    /** Strings whose UTF-8 byte order differs from Java's UTF-16 order, and the empty one. */
    static final String[] STRINGS = {"", "a", "A", "ab", "b", "é", "日本", "\uD83D\uDE00", "\uFFFD", "z", "a b",
            "a\u0000b"};
    /** Byte strings whose unsigned order differs from their signed order. */
    static final byte[][] BYTES = {{}, {0}, {1}, {(byte) 0x7f}, {(byte) 0x80}, {(byte) 0xff}, {0, 1},
            {(byte) 0xff, 0}, {'a'}, {'a', 'b'}};

    private final Random random;

    EdgeValues(Random random) {
        this.random = random;
    }

    String number() {
        return random.nextInt(12) == 0 ? pick(BAD_NUMBERS) : pick(NUMBERS);
    }

    String validNumber() {
        return pick(NUMBERS);
    }

    String string() {
        return pick(STRINGS);
    }

    /** A non-empty binary: empty ones are only valid outside keys, and the generator asks for those itself. */
    SdkBytes bytes() {
        byte[] value = BYTES[1 + random.nextInt(BYTES.length - 1)];
        return SdkBytes.fromByteArray(value);
    }

    SdkBytes anyBytes() {
        return SdkBytes.fromByteArray(BYTES[random.nextInt(BYTES.length)]);
    }

    /** Any attribute value, scalars and documents, sometimes invalid (empty or duplicate sets, bad numbers). */
    AttributeValue any(int depth) {
        switch (random.nextInt(depth > 3 ? 7 : 10)) {
            case 0: return AttributeValue.fromS(string());
            case 1: return AttributeValue.fromN(number());
            case 2: return AttributeValue.fromB(anyBytes());
            case 3: return AttributeValue.fromBool(random.nextBoolean());
            case 4: return AttributeValue.fromNul(true);
            case 5: return AttributeValue.fromSs(random.nextInt(10) == 0 ? List.of() : List.of(string(), string()));
            case 6: return AttributeValue.fromNs(List.of(validNumber(), random.nextInt(6) == 0 ? number() : "42"));
            case 7: return AttributeValue.fromBs(List.of(bytes(), bytes()));
            case 8: return AttributeValue.fromL(List.of(any(depth + 1), any(depth + 1)));
            default: return AttributeValue.fromM(Map.of("x", any(depth + 1), pick("y", "a.b", "", "#z"), any(depth + 1)));
        }
    }

    /** A map nested {@code depth} levels deep, the innermost holding a number. */
    static AttributeValue nested(int depth) {
        AttributeValue value = AttributeValue.fromN("1");
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? AttributeValue.fromM(Map.of("d", value)) : AttributeValue.fromL(List.of(value));
        }
        return value;
    }

    /** Up to {@code count} distinct picks from {@code choices}. */
    <T> List<T> some(int count, T[] choices) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            T choice = pick(choices);
            if (!picked.contains(choice)) {
                picked.add(choice);
            }
        }
        return picked;
    }

    @SafeVarargs
    final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
