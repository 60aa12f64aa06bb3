package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.KeyTemplate;
import dev.dynamoobjects.processor.model.PartEncoding;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Parses a key template ({@code ORDER#{placedAt}#{orderId}}) against an entity's attributes,
 * reporting on the annotation value: bad syntax, a placeholder naming no attribute, one naming a
 * non-scalar attribute or a type without an order-preserving encoding.
 */
final class TemplateParser {
    private final Problems problems;
    private final TypeElement entity;
    private final Map<String, AttributeModel> byAccessor;

    /** @param byAccessor the entity's attributes by Java accessor name, which placeholders name */
    TemplateParser(Problems problems, TypeElement entity, Map<String, AttributeModel> byAccessor) {
        this.problems = problems;
        this.entity = entity;
        this.byAccessor = byAccessor;
    }

    /** Returns the template of annotation member {@code member}, or null after reporting its problems. */
    KeyTemplate parse(Annotations annotations, AnnotationMirror mirror, String member) {
        String text = annotations.string(mirror, member);
        Site site = (message, arguments) -> problems.error(entity, mirror, annotations.value(mirror, member), message,
                arguments);
        if (text.isEmpty()) {
            site.error(Message.TEMPLATE_EMPTY, entity.getSimpleName());
            return null;
        }
        List<String> tokens = tokens(text, site);
        if (tokens == null) {
            return null;
        }
        List<KeyTemplate.Part> parts = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("{")) {
                parts.add(new KeyTemplate.Literal(token));
                continue;
            }
            String separator = i + 1 < tokens.size() ? tokens.get(i + 1).substring(0, 1) : "";
            KeyTemplate.Placeholder placeholder = placeholder(text, token.substring(1, token.length() - 1), separator, site);
            valid &= placeholder != null;
            parts.add(placeholder);
        }
        return valid ? new KeyTemplate(text, List.copyOf(parts)) : null;
    }

    /** Where a template's problems are reported. */
    private interface Site {
        void error(Message message, Object... arguments);
    }

    /** Splits a template into literals and {@code {name}} tokens; null after reporting bad syntax. */
    private static List<String> tokens(String text, Site site) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = text.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                site.error(Message.TEMPLATE_SYNTAX, text, "has a '}' that closes no placeholder");
                return null;
            }
            if (open < 0) {
                tokens.add(text.substring(i));
                break;
            }
            if (open > i) {
                tokens.add(text.substring(i, open));
            } else if (!tokens.isEmpty()) {
                site.error(Message.TEMPLATE_SYNTAX, text, "has two placeholders side by side, so their values could not be told apart");
                return null;
            }
            if (close < 0) {
                site.error(Message.TEMPLATE_SYNTAX, text, "has a '{' that is never closed");
                return null;
            }
            tokens.add(text.substring(open, close + 1));
            i = close + 1;
        }
        return tokens;
    }

    private KeyTemplate.Placeholder placeholder(String text, String name, String separator, Site site) {
        AttributeModel attribute = byAccessor.get(name);
        if (attribute == null) {
            site.error(Message.TEMPLATE_UNKNOWN_ATTRIBUTE, text, name, entity.getSimpleName(),
                    String.join(", ", byAccessor.keySet()));
            return null;
        }
        if (!(attribute.type() instanceof ValueType.Scalar scalar)) {
            site.error(Message.TEMPLATE_NOT_SCALAR, text, name, attribute.type().javaType());
            return null;
        }
        PartEncoding encoding = PartEncoding.of(scalar.kind());
        if (encoding == null) {
            site.error(Message.TEMPLATE_UNORDERED_TYPE, text, name, attribute.type().javaType());
            return null;
        }
        return new KeyTemplate.Placeholder(attribute, encoding, separator);
    }
}
