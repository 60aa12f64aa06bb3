package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.KEY_PARTS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code of a key template: the entity mapper's static method that writes it
 * ({@code sortKey(Instant placedAt, String orderId)}), and the expressions of its prefixes, from
 * which the entity table's sort-key conditions are built. Values go through the runtime's
 * {@code KeyParts}, which keeps string order equal to value order.
 */
final class TemplateCode {
    private final KeyTemplate template;

    TemplateCode(KeyTemplate template) {
        this.template = template;
    }

    /** Returns the template's distinct attributes, in order: the parameters of its method. */
    List<AttributeModel> attributes() {
        return template.placeholders().stream().map(KeyTemplate.Placeholder::attribute).distinct().toList();
    }

    /** Returns {@code public static String sortKey(Instant placedAt, String orderId)} of the mapper. */
    MethodSpec method(String name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                // The template's braces are balanced, as {@code} needs them.
                .addJavadoc("Returns the key of template {@code $L}.\n", template.text());
        attributes().forEach(a -> method.addParameter(ParameterSpec.builder(a.type().javaType(), a.accessor()).build()));
        return method.addStatement("return $L", prefix(template.parts().size(), a -> CodeBlock.of("$N", a.accessor())))
                .build();
    }

    /** Returns a call of the mapper's method with the values of {@code value}. */
    CodeBlock call(ClassName mapper, String name, Function<AttributeModel, CodeBlock> value) {
        return CodeBlock.of("$T.$N($L)", mapper, name,
                CodeBlock.join(attributes().stream().map(value).toList(), ", "));
    }

    /**
     * Returns the expression of the template's first {@code count} parts, the placeholders' values
     * given by {@code value}: {@code "ORDER#" + KeyParts.instant(placedAt, "placedAt")}.
     */
    CodeBlock prefix(int count, Function<AttributeModel, CodeBlock> value) {
        List<CodeBlock> terms = new ArrayList<>();
        for (KeyTemplate.Part part : template.parts().subList(0, count)) {
            if (part instanceof KeyTemplate.Literal literal) {
                terms.add(CodeBlock.of("$S", literal.text()));
            } else {
                KeyTemplate.Placeholder placeholder = (KeyTemplate.Placeholder) part;
                terms.add(encode(placeholder, value.apply(placeholder.attribute())));
            }
        }
        if (terms.isEmpty()) {
            return CodeBlock.of("$S", "");
        }
        // A template that starts with a placeholder still needs a String expression.
        if (!(template.parts().get(0) instanceof KeyTemplate.Literal) && terms.size() == 1) {
            return terms.get(0);
        }
        return CodeBlock.join(terms, " + ");
    }

    /** Returns the text of one placeholder's value. */
    static CodeBlock encode(KeyTemplate.Placeholder placeholder, CodeBlock value) {
        String name = placeholder.attribute().accessor();
        return switch (placeholder.encoding()) {
            case TEXT -> CodeBlock.of("$T.text($L, $S, $S)", KEY_PARTS, value, name, placeholder.separator());
            case NAME -> CodeBlock.of("$T.name($L, $S, $S)", KEY_PARTS, value, name, placeholder.separator());
            case UUID -> CodeBlock.of("$T.uuid($L, $S)", KEY_PARTS, value, name);
            case BYTE -> CodeBlock.of("$T.number($L, $T.BYTE_WIDTH, $S)", KEY_PARTS, value, KEY_PARTS, name);
            case SHORT -> CodeBlock.of("$T.number($L, $T.SHORT_WIDTH, $S)", KEY_PARTS, value, KEY_PARTS, name);
            case INT -> CodeBlock.of("$T.number($L, $T.INT_WIDTH, $S)", KEY_PARTS, value, KEY_PARTS, name);
            case LONG -> CodeBlock.of("$T.number($L, $T.LONG_WIDTH, $S)", KEY_PARTS, value, KEY_PARTS, name);
            case INSTANT -> CodeBlock.of("$T.instant($L, $S)", KEY_PARTS, value, name);
            case DATE -> CodeBlock.of("$T.date($L, $S)", KEY_PARTS, value, name);
        };
    }

    /** Returns the mapper method's name of a template of the table ({@code index} null) or an index. */
    static String methodName(String index, boolean partition) {
        return GeneratedNames.templateMethod(index, partition);
    }
}
