package dev.dynamoobjects.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the values of a record from a {@code Map<String, Object>} as a JSON parser produces it
 * (strings, numbers, booleans, lists, maps); the generated {@code fromMap} of a mapper uses one.
 * It collects every problem (an unknown attribute, a value of the wrong type, a number out of
 * range) and {@link #finish()} reports them all at once.
 *
 * <pre>{@code
 * MapReader in = MapReader.of("Member", values, Set.of("memberId", "name", "points"));
 * Member m = new ImmutableMember(in.string("memberId"), in.string("name"), in.intValue("points", 0));
 * in.finish();
 * }</pre>
 */
public final class MapReader {
    private final String record;
    private final Map<String, ?> values;
    private final List<String> problems = new ArrayList<>();

    private MapReader(String record, Map<String, ?> values, Set<String> attributes) {
        this.record = record;
        this.values = values;
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(attributes);
        if (!unknown.isEmpty()) {
            problems.add("unknown attribute(s) " + unknown + "; " + record + " has " + new TreeSet<>(attributes));
        }
    }

    /**
     * Starts reading.
     *
     * @param record     the record's name, for messages
     * @param values     the values by attribute name
     * @param attributes every attribute the record has
     */
    public static MapReader of(String record, Map<String, ?> values, Set<String> attributes) {
        return new MapReader(record, values, attributes);
    }

    /** Returns a string attribute, or null when absent. */
    public String string(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return wrongType(name, value, "a string");
    }

    /** Returns a boolean attribute, or {@code absent} when absent. */
    public boolean bool(String name, boolean absent) {
        Object value = values.get(name);
        if (value == null) {
            return absent;
        }
        return value instanceof Boolean b ? b : wrongType(name, value, "true or false", absent);
    }

    /** Returns a whole-number attribute, or {@code absent} when absent. */
    public long longValue(String name, long absent) {
        Object value = values.get(name);
        if (value == null) {
            return absent;
        }
        BigDecimal number = number(name, value);
        if (number == null) {
            return absent;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            problems.add(name + " is " + value + ", which is not a whole number in the range of a long");
            return absent;
        }
    }

    /** Returns an int attribute, or {@code absent} when absent. */
    public int intValue(String name, int absent) {
        long value = longValue(name, absent);
        if (value != (int) value) {
            problems.add(name + " is " + value + ", out of the range of an int");
            return absent;
        }
        return (int) value;
    }

    /**
     * Throws when anything was wrong.
     *
     * @throws MappingException listing every problem
     */
    public void finish() {
        if (!problems.isEmpty()) {
            throw new MappingException("Cannot make a " + record + " from the map: " + String.join("; ", problems));
        }
    }

    private BigDecimal number(String name, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return wrongType(name, value, "a number");
    }

    private <T> T wrongType(String name, Object value, String expected) {
        return wrongType(name, value, expected, null);
    }

    private <T> T wrongType(String name, Object value, String expected, T absent) {
        problems.add(name + " must be " + expected + ", not " + value.getClass().getSimpleName() + " " + value);
        return absent;
    }
}
