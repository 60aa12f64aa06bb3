package dev.dynamoobjects.mock.differential;

import java.util.List;
import java.util.Map;

/**
 * Writes the raw generator's request trees (maps, lists, strings, booleans, null, and
 * {@link Literal}s for JSON written as is: numbers in any spelling) as JSON text.
 */
final class RawJson {
    private RawJson() {
    }

    /** JSON text written exactly as given: {@code 5}, {@code 1e500}, {@code 99999999999}. */
    record Literal(String text) {
    }

    static String write(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (node instanceof String text) {
            string(text, out);
        } else if (node instanceof Literal literal) {
            out.append(literal.text());
        } else {
            out.append(node); // Boolean, Integer, null
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
