package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.fixtures.DocumentedNumbers;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A canonical text of items for comparing answers: map keys and set elements sorted, numbers in
 * DynamoDB's canonical spelling. DynamoDB Local keeps the input spelling of nested numbers and of
 * arithmetic results ({@code 3.00}); DynamoDB trims zeroes, and so does the emulator, so answers
 * are compared by value.
 */
final class Canonical {
    private Canonical() {
    }

    static String of(Map<String, AttributeValue> item) {
        if (item == null) {
            return "null";
        }
        return new TreeMap<>(item).entrySet().stream()
                .map(e -> e.getKey() + "=" + of(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String of(AttributeValue value) {
        switch (value.type()) {
            case N: return "N:" + DocumentedNumbers.canonical(value.n());
            case NS: return "NS:" + sorted(value.ns().stream().map(DocumentedNumbers::canonical).toList());
            case SS: return "SS:" + sorted(value.ss());
            case BS: return "BS:" + sorted(value.bs().stream().map(b -> b.asUtf8String()).toList());
            case L: return value.l().stream().map(Canonical::of).collect(Collectors.joining(", ", "L:[", "]"));
            case M: return "M:" + of(value.m());
            case S: return "S:" + value.s();
            case B: return "B:" + value.b().asUtf8String();
            case BOOL: return "BOOL:" + value.bool();
            default: return "NULL";
        }
    }

    private static String sorted(List<String> elements) {
        return elements.stream().sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
