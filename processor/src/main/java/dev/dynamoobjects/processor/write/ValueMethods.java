package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.DECIMALS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.Arrays;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the value methods of an immutable class: {@code equals} and {@code hashCode} over every
 * attribute (arrays by content, BigDecimals by value, as DynamoDB stores them), and {@code toString}.
 */
final class ValueMethods {
    private ValueMethods() {
    }

    static void addEquals(TypeSpec.Builder type, RecordModel model) {
        ClassName name = model.names().immutable();
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (AttributeModel attribute : model.attributes()) {
            comparison.add(comparison.isEmpty() ? "$L" : "\n&& $L", equality(attribute));
        }
        boolean decimals = model.attributes().stream().anyMatch(a -> holdsDecimals(a.type()));
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addJavadoc("Returns true for another {@code $T} with equal values$L.\n", name,
                        decimals ? ",\nBigDecimals compared by value as DynamoDB stores them ({@code 19.90} equals {@code 19.9})" : "")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (other == this)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", name)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", name, name)
                .addStatement("return $L", comparison.build())
                .build());
    }

    private static CodeBlock equality(AttributeModel attribute) {
        String name = attribute.accessor();
        TypeName type = attribute.type().javaType();
        if (type.equals(TypeName.DOUBLE) || type.equals(TypeName.FLOAT)) {
            return CodeBlock.of("$T.compare(this.$N, that.$N) == 0", type.box(), name, name);
        }
        if (type.isPrimitive()) {
            return CodeBlock.of("this.$N == that.$N", name, name);
        }
        if (isBytes(attribute)) {
            return CodeBlock.of("$T.equals(this.$N, that.$N)", Arrays.class, name, name);
        }
        Object comparer = holdsDecimals(attribute.type()) ? DECIMALS : Objects.class;
        return CodeBlock.of("$T.$L(this.$N, that.$N)", comparer, comparer == DECIMALS ? "equal" : "equals", name, name);
    }

    /** Returns true for a BigDecimal, or an Optional or collection of them at any depth (not inside a document). */
    private static boolean holdsDecimals(ValueType type) {
        if (type instanceof ValueType.Scalar scalar) {
            return scalar.kind() == ScalarKind.BIG_DECIMAL;
        }
        if (type instanceof ValueType.OptionalOf optional) {
            return holdsDecimals(optional.element());
        }
        if (type instanceof ValueType.ListOf list) {
            return holdsDecimals(list.element());
        }
        if (type instanceof ValueType.SetOf set) {
            return holdsDecimals(set.element());
        }
        return type instanceof ValueType.MapOf map && holdsDecimals(map.value());
    }

    private static boolean isBytes(AttributeModel attribute) {
        return attribute.type() instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.BYTES;
    }

    static void addHashCode(TypeSpec.Builder type, RecordModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addJavadoc("Returns a hash of the values.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("int h = 1");
        for (AttributeModel attribute : model.attributes()) {
            TypeName javaType = attribute.type().javaType();
            if (holdsDecimals(attribute.type())) {
                method.addStatement("h = 31 * h + $T.hash(this.$N)", DECIMALS, attribute.accessor());
                continue;
            }
            Object hasher = javaType.isPrimitive() ? javaType.box() : isBytes(attribute) ? Arrays.class : Objects.class;
            method.addStatement("h = 31 * h + $T.hashCode(this.$N)", hasher, attribute.accessor());
        }
        type.addMethod(method.addStatement("return h").build());
    }

    static void addToString(TypeSpec.Builder type, RecordModel model) {
        // A StringBuilder, not +: javac compiles + to invokedynamic, which costs a fresh JVM tens of
        // milliseconds at the first record's toString and about one more at each other record type's.
        CodeBlock.Builder text = CodeBlock.builder()
                .add("new $T($S)", StringBuilder.class, model.type().simpleName() + "{");
        String separator = "";
        for (AttributeModel attribute : model.attributes()) {
            CodeBlock value = isBytes(attribute)
                    ? CodeBlock.of("$T.toString($N)", Arrays.class, attribute.accessor())
                    : CodeBlock.of("$N", attribute.accessor());
            text.add("\n.append($S).append($L)", separator + attribute.accessor() + "=", value);
            separator = ", ";
        }
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("Returns the record's name and values, for logs and test failures.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L\n.append('}').toString()", text.build())
                .build());
    }
}
