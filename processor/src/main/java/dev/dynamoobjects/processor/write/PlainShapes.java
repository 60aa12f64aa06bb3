package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.MAP_READER;
import static dev.dynamoobjects.processor.RuntimeNames.PLAIN_SHAPE;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes a mapper's {@code fromMap}: each attribute named with the {@code PlainShape} it is stored
 * in, so that a map of plain values is read through the same {@code fromItem} as a stored item.
 */
final class PlainShapes {
    private static final TypeName VALUES = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            WildcardTypeName.subtypeOf(Object.class));

    private PlainShapes() {
    }

    static MethodSpec fromMap(RecordModel model) {
        CodeBlock.Builder reader = CodeBlock.builder().add("return $T.of($S, values)", MAP_READER, model.type().simpleName());
        for (AttributeModel attribute : model.attributes()) {
            reader.add("\n.$L($S, $L)", attribute.isRequiredKey() ? "key" : "attribute", attribute.name(), shape(attribute.type()));
        }
        return MethodSpec.methodBuilder("fromMap")
                .addJavadoc("Returns the record of a map of plain values by attribute name, as a JSON parser produces it;\n"
                        + "missing attributes take their default, null, or zero.\n\n"
                        + "@throws dev.dynamoobjects.mapping.MappingException naming every unknown attribute and wrong value\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.type())
                .addParameter(VALUES, "values")
                .addStatement(reader.add("\n.read(this)").build())
                .build();
    }

    /** Returns the {@code PlainShape} of a stored type. */
    static CodeBlock shape(ValueType type) {
        if (type instanceof ValueType.OptionalOf optional) {
            return shape(optional.element());
        }
        if (type instanceof ValueType.ListOf list) {
            return CodeBlock.of("$T.list($L)", PLAIN_SHAPE, shape(list.element()));
        }
        if (type instanceof ValueType.MapOf map) {
            return CodeBlock.of("$T.map($L)", PLAIN_SHAPE, shape(map.value()));
        }
        if (type instanceof ValueType.DocumentOf document) {
            return CodeBlock.of("$T.document($T.INSTANCE)", PLAIN_SHAPE, document.mapper());
        }
        if (type instanceof ValueType.Converted) {
            return CodeBlock.of("$T.ANY", PLAIN_SHAPE);
        }
        return CodeBlock.of("$T.$L", PLAIN_SHAPE, type.dynamoType());
    }
}
