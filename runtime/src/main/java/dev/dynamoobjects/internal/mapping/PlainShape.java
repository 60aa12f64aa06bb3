package dev.dynamoobjects.internal.mapping;

import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.mapping.RecordMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a plain Java value, as a JSON parser produces it (strings, numbers, booleans, lists, maps),
 * becomes the attribute value a record's mapper reads: the shape the attribute is stored in. The
 * generated {@code fromMap} of a mapper names one per attribute; see {@link MapReader}.
 *
 * <pre>{@code
 * PlainShape tags = PlainShape.SS;
 * PlainShape prices = PlainShape.map(PlainShape.N);
 * }</pre>
 */
public final class PlainShape {
    /** A string: {@code String}, and what is stored as one (dates, UUIDs, enums by name). */
    public static final PlainShape S = new PlainShape("S", null, null);
    /** A number: any {@link Number}, finite, or a numeric string such as {@code "3.10"}. */
    public static final PlainShape N = new PlainShape("N", null, null);
    /** Bytes: {@code byte[]}, {@code SdkBytes}, or a base64 string as JSON carries them. */
    public static final PlainShape B = new PlainShape("B", null, null);
    /** {@code true} or {@code false}. */
    public static final PlainShape BOOL = new PlainShape("BOOL", null, null);
    /** A collection of strings. */
    public static final PlainShape SS = new PlainShape("SS", S, null);
    /** A collection of numbers. */
    public static final PlainShape NS = new PlainShape("NS", N, null);
    /** A collection of byte values. */
    public static final PlainShape BS = new PlainShape("BS", B, null);
    /** Whatever the value is: for attributes mapped by a converter, whose stored type only it knows. */
    public static final PlainShape ANY = new PlainShape("ANY", null, null);
    private static final PlainShape ANY_LIST = new PlainShape("L", ANY, null);
    private static final PlainShape ANY_MAP = new PlainShape("M", ANY, null);

    private final String type;
    private final PlainShape element;
    private final RecordMapper<?> document;

    private PlainShape(String type, PlainShape element, RecordMapper<?> document) {
        this.type = type;
        this.element = element;
        this.document = document;
    }

    /** Returns the shape of a list whose elements have {@code element}'s shape. */
    public static PlainShape list(PlainShape element) {
        return new PlainShape("L", element, null);
    }

    /** Returns the shape of a map with string keys whose values have {@code value}'s shape. */
    public static PlainShape map(PlainShape value) {
        return new PlainShape("M", value, null);
    }

    /** Returns the shape of a nested {@code @Document}, read by its mapper's {@code fromMap}. */
    public static PlainShape document(RecordMapper<?> mapper) {
        return new PlainShape("DOCUMENT", null, mapper);
    }

    /** Returns the attribute value of a non-null plain value, or null after adding a problem. */
    AttributeValue convert(String path, Object value, List<String> problems) {
        return switch (type) {
            case "S" -> value instanceof String s ? AttributeValue.fromS(s) : wrong(path, value, "a string", problems);
            case "N" -> number(path, value, problems);
            case "B" -> bytes(path, value, problems);
            case "BOOL" -> value instanceof Boolean b ? Items.bool(b) : wrong(path, value, "true or false", problems);
            case "SS", "NS", "BS" -> set(path, value, problems);
            case "L" -> list(path, value, problems);
            case "M" -> map(path, value, problems);
            case "DOCUMENT" -> document(path, value, problems);
            default -> any(path, value, problems);
        };
    }

    private static AttributeValue number(String path, Object value, List<String> problems) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return wrong(path, value, "a finite number", problems);
        }
        if (value instanceof BigDecimal d) {
            return AttributeValue.fromN(d.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            return AttributeValue.fromN(BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return AttributeValue.fromN(value.toString());
        }
        if (value instanceof String text) {
            return numericText(path, text, problems);
        }
        return wrong(path, value, "a number", problems);
    }

    /** A number written as text, as web forms send decimals: {@code "3.10"}. */
    private static AttributeValue numericText(String path, String text, List<String> problems) {
        try {
            return AttributeValue.fromN(new BigDecimal(text).toString());
        } catch (NumberFormatException e) {
            return wrong(path, text, "a number or a numeric string such as \"3.10\"", problems);
        }
    }

    private static AttributeValue bytes(String path, Object value, List<String> problems) {
        if (value instanceof byte[] b) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(b));
        }
        if (value instanceof SdkBytes b) {
            return AttributeValue.fromB(b);
        }
        if (value instanceof String s) {
            try {
                return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(s)));
            } catch (IllegalArgumentException e) {
                return wrong(path, value, "base64 text", problems);
            }
        }
        return wrong(path, value, "bytes (byte[] or base64 text)", problems);
    }

    private AttributeValue set(String path, Object value, List<String> problems) {
        if (!(value instanceof Collection<?> values)) {
            return wrong(path, value, "a list of unique values", problems);
        }
        List<AttributeValue> elements = elements(path, values, problems);
        if (elements == null || elements.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "SS" -> AttributeValue.fromSs(elements.stream().map(AttributeValue::s).toList());
            case "NS" -> AttributeValue.fromNs(elements.stream().map(AttributeValue::n).toList());
            default -> AttributeValue.fromBs(elements.stream().map(AttributeValue::b).toList());
        };
    }

    private AttributeValue list(String path, Object value, List<String> problems) {
        if (!(value instanceof Collection<?> values)) {
            return wrong(path, value, "a list", problems);
        }
        List<AttributeValue> elements = elements(path, values, problems);
        return elements == null ? null : AttributeValue.fromL(elements);
    }

    /** Returns the converted elements, or null when one was wrong; a null element stays a NULL. */
    private List<AttributeValue> elements(String path, Collection<?> values, List<String> problems) {
        List<AttributeValue> elements = new ArrayList<>(values.size());
        int index = 0;
        for (Object v : values) {
            AttributeValue converted = v == null ? Items.NUL : element.convert(path + "[" + index + "]", v, problems);
            if (converted == null) {
                return null;
            }
            elements.add(converted);
            index++;
        }
        return elements;
    }

    private AttributeValue map(String path, Object value, List<String> problems) {
        if (!(value instanceof Map<?, ?> values)) {
            return wrong(path, value, "a map", problems);
        }
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            String key = String.valueOf(entry.getKey());
            AttributeValue v = entry.getValue() == null ? Items.NUL : element.convert(path + "." + key, entry.getValue(), problems);
            if (v == null) {
                return null;
            }
            converted.put(key, v);
        }
        return AttributeValue.fromM(converted);
    }

    private AttributeValue document(String path, Object value, List<String> problems) {
        if (!(value instanceof Map<?, ?> values)) {
            return wrong(path, value, "a map of the document's attributes", problems);
        }
        try {
            return AttributeValue.fromM(toItem(document, documentValues(values)));
        } catch (MappingException e) {
            problems.add(path + ": " + e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> documentValues(Map<?, ?> values) {
        return (Map<String, ?>) values;
    }

    private static <D> Map<String, AttributeValue> toItem(RecordMapper<D> mapper, Map<String, ?> values) {
        return mapper.toItem(mapper.fromMap(values));
    }

    /** A converter's attribute: the value's own JSON type decides. */
    private static AttributeValue any(String path, Object value, List<String> problems) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return Items.bool(b);
        }
        if (value instanceof Number) {
            return number(path, value, problems);
        }
        if (value instanceof byte[] || value instanceof SdkBytes) {
            return bytes(path, value, problems);
        }
        if (value instanceof Collection<?>) {
            return ANY_LIST.list(path, value, problems);
        }
        return value instanceof Map<?, ?> ? ANY_MAP.map(path, value, problems) : wrong(path, value, "a JSON value", problems);
    }

    private static <T> T wrong(String path, Object value, String expected, List<String> problems) {
        problems.add(path + " must be " + expected + ", not " + value.getClass().getSimpleName() + " " + value);
        return null;
    }
}
