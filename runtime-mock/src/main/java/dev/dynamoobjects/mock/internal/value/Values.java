package dev.dynamoobjects.mock.internal.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ordering and equality of attribute values as DynamoDB defines them: numbers numerically,
 * strings and binaries by their unsigned (UTF-8) bytes, sets regardless of element order.
 */
public final class Values {
    private Values() {
    }

    /** The short name DynamoDB gives a value's type in its messages: S, N, B, BOOL, NULL, SS, NS, BS, L or M. */
    public static String typeName(AttributeValue value) {
        AttributeValue.Type type = value.type();
        return type == AttributeValue.Type.NUL ? "NULL" : type.toString();
    }

    /**
     * Compares two scalar values of the same type (S, N or B) in DynamoDB's key order.
     *
     * @throws IllegalArgumentException when the values are not scalars of one type
     */
    public static int compare(AttributeValue a, AttributeValue b) {
        AttributeValue.Type type = a.type();
        if (type != b.type()) {
            throw new IllegalArgumentException("Cannot order " + type + " against " + b.type());
        }
        switch (type) {
            case S:
                return compareStrings(a.s(), b.s());
            case N:
                return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
            case B:
                return compareBytes(a.b(), b.b());
            default:
                throw new IllegalArgumentException("Cannot order values of type " + type);
        }
    }

    /**
     * Compares strings by code point, which is the order of their UTF-8 bytes (unlike
     * {@link String#compareTo}, which orders UTF-16 units and misplaces supplementary characters).
     */
    public static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Compares binaries lexicographically by unsigned bytes. */
    public static int compareBytes(SdkBytes a, SdkBytes b) {
        return Arrays.compareUnsigned(a.asByteArrayUnsafe(), b.asByteArrayUnsafe());
    }

    /**
     * Returns true when two values are equal as DynamoDB sees it: numbers by value, sets in any
     * order, lists and maps element by element.
     */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        AttributeValue.Type type = a.type();
        if (type != b.type()) {
            return false;
        }
        switch (type) {
            case S:
                return a.s().equals(b.s());
            case N:
                return compare(a, b) == 0;
            case B:
                return a.b().equals(b.b());
            case BOOL:
                return a.bool().equals(b.bool());
            case NUL:
                return true;
            case SS:
                return new HashSet<>(a.ss()).equals(new HashSet<>(b.ss()));
            case NS:
                return numberSet(a.ns()).equals(numberSet(b.ns()));
            case BS:
                return new HashSet<>(a.bs()).equals(new HashSet<>(b.bs()));
            case L:
                return equalLists(a.l(), b.l());
            case M:
                return equalMaps(a.m(), b.m());
            default:
                return a.equals(b);
        }
    }

    private static boolean equalLists(List<AttributeValue> a, List<AttributeValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalMaps(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> e : a.entrySet()) {
            AttributeValue other = b.get(e.getKey());
            if (other == null || !equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static HashSet<BigDecimal> numberSet(List<String> numbers) {
        HashSet<BigDecimal> set = new HashSet<>();
        for (String n : numbers) {
            set.add(new BigDecimal(n).stripTrailingZeros());
        }
        return set;
    }
}
