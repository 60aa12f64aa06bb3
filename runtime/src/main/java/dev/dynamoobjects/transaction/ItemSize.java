package dev.dynamoobjects.transaction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an item as DynamoDB counts it against its limits: names and string values in UTF-8
 * bytes, numbers about one byte per two digits plus one, binaries by length, 1 byte for a
 * boolean or null, 3 bytes plus one per element for lists and maps.
 */
final class ItemSize {
    private static final int CONTAINER_OVERHEAD = 3;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    private static long of(AttributeValue v) {
        return switch (v.type()) {
            case S -> utf8(v.s());
            case N -> number(v.n());
            case B -> v.b().asByteArray().length;
            case BOOL, NUL -> 1;
            case SS -> v.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> v.ns().stream().mapToLong(ItemSize::number).sum();
            case BS -> v.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
            case L -> list(v.l());
            case M -> CONTAINER_OVERHEAD + v.m().size() + of(v.m());
            default -> 0;
        };
    }

    private static long list(List<AttributeValue> values) {
        return CONTAINER_OVERHEAD + values.size() + values.stream().mapToLong(ItemSize::of).sum();
    }

    private static long number(String n) {
        long digits = n.chars().filter(Character::isDigit).count();
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}

