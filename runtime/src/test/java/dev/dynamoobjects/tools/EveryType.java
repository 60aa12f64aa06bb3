package dev.dynamoobjects.tools;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items holding every attribute type DynamoDB has, nested, with text that JSON must escape and
 * numbers at DynamoDB's limits, for the export and import tests.
 */
final class EveryType {
    /** Text that JSON escapes or that is not ASCII: quotes, backslash, controls, accents, CJK, emoji. */
    static final String AWKWARD_TEXT = "\"quoted\" back\\slash\ttab\nnewline \u0001 é 日本語 \uD83D\uDE00 </script>";

    private EveryType() {
    }

    /** Returns an item with key {@code pk}, {@code sk} and one attribute of every type. */
    static Map<String, AttributeValue> item(String pk, int sk) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", AttributeValue.fromN(Integer.toString(sk)));
        item.put("text", AttributeValue.fromS(AWKWARD_TEXT));
        item.put("biggest", AttributeValue.fromN("9.9999999999999999999999999999999999999E+125"));
        item.put("smallest", AttributeValue.fromN("-1E-130"));
        item.put("digits38", AttributeValue.fromN("12345678901234567890123456789012345678"));
        item.put("bytes", AttributeValue.fromB(allBytes()));
        item.put("strings", AttributeValue.fromSs(List.of("a", "é", "\uD83D\uDE00")));
        item.put("numbers", AttributeValue.fromNs(List.of("1", "-2.5", "1E+100")));
        item.put("binaries", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromByteArray(
                new byte[] {0, -1}))));
        item.put("yes", AttributeValue.fromBool(true));
        item.put("no", AttributeValue.fromBool(false));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("nested", AttributeValue.fromM(Map.of(
                "list", AttributeValue.fromL(List.of(AttributeValue.fromS(AWKWARD_TEXT), AttributeValue.fromN("0.5"),
                        AttributeValue.fromL(List.of()), AttributeValue.fromM(Map.of()),
                        AttributeValue.fromM(Map.of("deeper", AttributeValue.fromNs(List.of("7")))))),
                "flag", AttributeValue.fromNul(true),
                "名前", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[0])))));
        return item;
    }

    /** Returns an item's attributes with every set in sorted order: DynamoDB keeps no order in sets. */
    static Map<String, AttributeValue> sortedSets(Map<String, AttributeValue> item) {
        return item.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> sortedSets(e.getValue())));
    }

    private static AttributeValue sortedSets(AttributeValue value) {
        return switch (value.type()) {
            case SS -> AttributeValue.fromSs(List.copyOf(new TreeSet<>(value.ss())));
            case NS -> AttributeValue.fromNs(List.copyOf(new TreeSet<>(value.ns())));
            case BS -> AttributeValue.fromBs(value.bs().stream()
                    .sorted((a, b) -> Arrays.compare(a.asByteArrayUnsafe(), b.asByteArrayUnsafe())).toList());
            case M -> AttributeValue.fromM(sortedSets(value.m()));
            case L -> AttributeValue.fromL(value.l().stream().map(EveryType::sortedSets).toList());
            default -> value;
        };
    }

    private static SdkBytes allBytes() {
        byte[] bytes = new byte[256];
        IntStream.range(0, 256).forEach(i -> bytes[i] = (byte) i);
        return SdkBytes.fromByteArray(bytes);
    }
}
