package dev.dynamoobjects.internal.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decimal equality of generated immutable records. DynamoDB stores a number's value, not its
 * scale: {@code new BigDecimal("19.90")} comes back as {@code 19.9}. So that a record read back
 * equals the record saved, generated {@code equals} and {@code hashCode} compare BigDecimals by
 * value ({@code 19.90} equals {@code 19.9}, as {@code compareTo} says), also inside Optionals,
 * lists, sets and map values. The record keeps the scale it was given. Not meant to be called by
 * hand.
 *
 * <pre>{@code
 * boolean same = Decimals.equal(this.price, that.price);
 * }</pre>
 */
public final class Decimals {
    private Decimals() {
    }

    /** Returns true when both values are equal, comparing BigDecimals at any depth by value. */
    public static boolean equal(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(byValue(a), byValue(b));
    }

    /** Returns a hash that {@link #equal} keeps: equal decimals of any scale hash alike. */
    public static int hash(Object value) {
        return Objects.hashCode(byValue(value));
    }

    /** Returns the value with every BigDecimal in its one spelling without trailing zeros. */
    private static Object byValue(Object value) {
        if (value instanceof BigDecimal decimal) {
            // stripTrailingZeros leaves 0.00 as is before Java 8's fix; ZERO is certain.
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(Decimals::byValue);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(byValue(element)));
            return copy;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new HashSet<>(Copies.capacity(set.size()));
            set.forEach(element -> copy.add(byValue(element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new HashMap<>(Copies.capacity(map.size()));
            map.forEach((key, element) -> copy.put(key, byValue(element)));
            return copy;
        }
        return value;
    }
}
