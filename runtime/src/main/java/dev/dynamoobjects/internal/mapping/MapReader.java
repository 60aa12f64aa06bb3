package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.mapping.RecordMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a record from a {@code Map<String, Object>} as a JSON parser produces it (strings, numbers,
 * booleans, lists, maps): each attribute's value is converted to the shape it is stored in, and
 * the record's mapper then reads that item, so a map is held to the same types as a stored item.
 * Every problem (an unknown attribute, a value of the wrong type) is collected and reported at once,
 * before anything is built. The generated {@code fromMap} of a mapper uses one.
 *
 * <pre>{@code
 * return MapReader.of("Member", values)
 *         .key("memberId", PlainShape.S)
 *         .attribute("points", PlainShape.N)
 *         .read(this);
 * }</pre>
 */
public final class MapReader {
    private final String record;
    private final Map<String, ?> values;
    private final Set<String> attributes = new LinkedHashSet<>();
    private final Map<String, AttributeValue> item = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private MapReader(String record, Map<String, ?> values) {
        this.record = record;
        this.values = values;
    }

    /**
     * Starts reading.
     *
     * @param record the record's name, for messages
     * @param values the values by attribute name; a null value counts as missing
     */
    public static MapReader of(String record, Map<String, ?> values) {
        return new MapReader(record, values);
    }

    /** Declares one attribute of the record and converts its value, when present, to {@code shape}. */
    public MapReader attribute(String name, PlainShape shape) {
        attributes.add(name);
        Object value = values.get(name);
        if (value != null) {
            AttributeValue converted = shape.convert(name, value, problems);
            if (converted != null) {
                item.put(name, converted);
            }
        }
        return this;
    }

    /** Declares a key attribute, which the map must hold, and converts its value to {@code shape}. */
    public MapReader key(String name, PlainShape shape) {
        if (values.get(name) == null) {
            problems.add(name + " is missing, and it is a key of " + record);
        }
        return attribute(name, shape);
    }

    /**
     * Returns the record that {@code mapper} reads from the converted values.
     *
     * @throws MappingException listing every unknown attribute and every value of the wrong type
     */
    public <R> R read(RecordMapper<R> mapper) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(attributes);
        if (!unknown.isEmpty()) {
            problems.add(0, "unknown attribute(s) " + unknown + "; " + record + " has " + new TreeSet<>(attributes));
        }
        R decoded = decode(mapper);
        if (problems.isEmpty()) {
            return decoded;
        }
        throw new MappingException("Cannot make " + record + " from the map: " + String.join("; ", problems));
    }

    /**
     * Reads the converted values, adding every value the mapper refuses (an unknown enum constant, a
     * number out of range) to the problems: each refused attribute is left out and the rest read
     * again, so that one bad value does not hide the next. Returns null when anything was wrong.
     */
    private <R> R decode(RecordMapper<R> mapper) {
        Map<String, AttributeValue> remaining = new HashMap<>(item);
        while (true) {
            try {
                R decoded = mapper.fromItem(remaining);
                return problems.isEmpty() ? decoded : null;
            } catch (MappingException e) {
                String attribute = e.attribute().filter(remaining::containsKey).orElse(null);
                if (attribute == null) {
                    addUnlessExplained(e.getMessage());
                    return null;
                }
                problems.add(e.getMessage());
                remaining.remove(attribute);
            }
        }
    }

    /**
     * Adds a problem that names no attribute left to drop, unless others were found: then it is one
     * of theirs again (the mapper refusing an item without the missing key, say).
     */
    private void addUnlessExplained(String problem) {
        if (problems.isEmpty()) {
            problems.add(problem);
        }
    }
}
