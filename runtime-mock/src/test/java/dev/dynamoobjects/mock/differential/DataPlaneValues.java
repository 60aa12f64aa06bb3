package dev.dynamoobjects.mock.differential;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The documents and placeholder values of the data-plane differential run: an item holding every
 * type (nested lists and maps, each kind of set, a 38-digit number), the placeholder values its
 * expressions draw on, and padded items of an exact size as DynamoDB counts sizes.
 */
final class DataPlaneValues {
    /** The 38-digit number, the largest and the smallest magnitudes DynamoDB stores. */
    static final String BIG = "99999999999999999999999999999999999999";
    static final String MAX = "9.9999999999999999999999999999999999999E+125";
    static final String TINY = "1E-130";
    private static final Pattern PLACEHOLDER = Pattern.compile(":[A-Za-z0-9_]+");
    private static final Map<String, AttributeValue> POOL = pool();

    private DataPlaneValues() {
    }

    private static Map<String, AttributeValue> pool() {
        Map<String, AttributeValue> pool = new HashMap<>();
        pool.put(":n", n("5"));
        pool.put(":one", n("1"));
        pool.put(":neg", n("-3"));
        pool.put(":lo", n("1"));
        pool.put(":hi", n("9"));
        pool.put(":s", AttributeValue.fromS("x"));
        pool.put(":he", AttributeValue.fromS("he"));
        pool.put(":b", b(1));
        pool.put(":b12", b(1, 2));
        pool.put(":l", AttributeValue.fromL(List.of(n("7"), AttributeValue.fromS("y"))));
        pool.put(":empty", AttributeValue.fromL(List.of()));
        pool.put(":m", AttributeValue.fromM(Map.of("z", n("1"))));
        pool.put(":ss", AttributeValue.fromSs(List.of("a", "q")));
        pool.put(":ssAll", AttributeValue.fromSs(List.of("a", "b", "c")));
        pool.put(":ns", AttributeValue.fromNs(List.of("1", "9")));
        pool.put(":nsAll", AttributeValue.fromNs(List.of("1", "2", "3")));
        pool.put(":bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}),
                SdkBytes.fromByteArray(new byte[] {9}))));
        pool.put(":bsAll", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}),
                SdkBytes.fromByteArray(new byte[] {2}), SdkBytes.fromByteArray(new byte[] {3}))));
        pool.put(":big", n(BIG));
        pool.put(":max", n(MAX));
        pool.put(":min", n("-" + MAX));
        pool.put(":tiny", n(TINY));
        pool.put(":tiny15", n("1.5E-130"));
        pool.put(":frac", n("0.1"));
        pool.put(":bool", AttributeValue.fromBool(true));
        pool.put(":null", AttributeValue.fromNul(true));
        for (String type : List.of("S", "N", "B", "SS", "NS", "BS", "L", "M", "BOOL", "NULL", "X", "s", "")) {
            pool.put(":t" + (type.isEmpty() ? "Empty" : type.equals("s") ? "Lower" : type), AttributeValue.fromS(type));
        }
        for (int i = 0; i < 101; i++) {
            pool.put(":i" + i, n(Integer.toString(i)));
        }
        return Map.copyOf(pool);
    }

    /** The pool's values for the placeholders {@code expressions} use, or null for none. */
    static Map<String, AttributeValue> valuesFor(String... expressions) {
        Map<String, AttributeValue> values = new HashMap<>();
        for (String expression : expressions) {
            if (expression == null) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(expression);
            while (placeholder.find()) {
                AttributeValue value = POOL.get(placeholder.group());
                if (value != null) {
                    values.put(placeholder.group(), value);
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** An item holding every type, nested lists and maps included. */
    static Map<String, AttributeValue> fullItem(String pk, String sk) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", AttributeValue.fromS(sk));
        item.put("l", AttributeValue.fromL(List.of(n("1"), AttributeValue.fromS("x"),
                AttributeValue.fromL(List.of(n("2"), n("3"))), AttributeValue.fromM(Map.of("a", n("4"))), b(1))));
        item.put("m", AttributeValue.fromM(Map.of("a", AttributeValue.fromM(Map.of("b", n("1"),
                "c", AttributeValue.fromL(List.of(n("1"), n("2"))))), "x", AttributeValue.fromS("y"))));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b", "c")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2", "3")));
        item.put("bs", POOL.get(":bsAll"));
        item.put("n", n("10"));
        item.put("s", AttributeValue.fromS("hello"));
        item.put("b", b(1, 2));
        item.put("t", AttributeValue.fromBool(true));
        item.put("z", AttributeValue.fromNul(true));
        item.put("big", n(BIG));
        return item;
    }

    /**
     * An item of {@code pk}/{@code sk} whose size, as DynamoDB counts it (UTF-8 lengths of names and
     * string values), is {@code size} bytes: the key and a padding string {@code p}.
     */
    static Map<String, AttributeValue> sized(String pk, String sk, int size) {
        int overhead = "pk".length() + pk.length() + "sk".length() + sk.length() + "p".length();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", AttributeValue.fromS(sk));
        item.put("p", AttributeValue.fromS("x".repeat(Math.max(0, size - overhead))));
        return item;
    }

    static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    static AttributeValue b(int... bytes) {
        byte[] value = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            value[i] = (byte) bytes[i];
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }
}
