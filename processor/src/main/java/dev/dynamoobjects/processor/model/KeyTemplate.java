package dev.dynamoobjects.processor.model;

import java.util.List;

/**
 * A single-table key template such as {@code ORDER#{placedAt}#{orderId}}: literal text and
 * placeholders that name attributes, no two placeholders side by side.
 *
 * @param text  the template as written
 * @param parts its parts in order
 */
public record KeyTemplate(String text, List<Part> parts) {
    /** A part of a template. */
    public sealed interface Part {
    }

    /** Literal text. */
    public record Literal(String text) implements Part {
    }

    /**
     * A placeholder.
     *
     * @param attribute the attribute it names
     * @param encoding  how its value is written
     * @param separator the first character of the literal that follows, empty at the end
     */
    public record Placeholder(AttributeModel attribute, PartEncoding encoding, String separator) implements Part {
    }

    /** Returns the literal text before the first placeholder: every key of the template starts with it. */
    public String literalPrefix() {
        return !parts.isEmpty() && parts.get(0) instanceof Literal literal ? literal.text() : "";
    }

    /** Returns true for a template without placeholders, whose key is always its text. */
    public boolean isFixed() {
        return placeholders().isEmpty();
    }

    /** Returns the placeholders in order. */
    public List<Placeholder> placeholders() {
        return parts.stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).toList();
    }
}
