package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.COPIES;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ImmutableStore}: final fields, a package-private constructor that the mapper
 * calls without copying, a builder, {@code toBuilder()}, {@code withX(...)}, {@code copyOf} and
 * value {@code equals}/{@code hashCode}/{@code toString} ({@link ValueMethods}).
 */
public final class ImmutableWriter {
    private final Sources sources;

    public ImmutableWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(RecordModel model) throws IOException {
        ClassName name = model.names().immutable();
        TypeSpec.Builder type = sources.classBuilder(name, model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(model.type())
                .addJavadoc("An immutable {@link $T}. Null is a missing attribute; build one with {@link #builder()}.\n",
                        model.type());
        addDerivedJavadoc(type, model);
        addFields(type, model);
        addConstructor(type, model);
        addAccessors(type, model);
        addWithers(type, model);
        addFactories(type, model);
        ValueMethods.addEquals(type, model);
        ValueMethods.addHashCode(type, model);
        ValueMethods.addToString(type, model);
        type.addType(new BuilderWriter(model).builder());
        sources.write(model, type.build());
    }

    /** Says why the {@code @Derived} methods have no field here: readers of generated code look for them. */
    private static void addDerivedJavadoc(TypeSpec.Builder type, RecordModel model) {
        List<String> derived = model.derived();
        if (derived.isEmpty()) {
            return;
        }
        CodeBlock links = CodeBlock.join(derived.stream()
                .map(method -> CodeBlock.of("{@link $T#$L()}", model.type(), method)).toList(), ", ");
        boolean one = derived.size() == 1;
        type.addJavadoc("\n<p>$L $L {@code @Derived}: the interface computes $L on every call, and $L never stored.\n",
                links, one ? "is" : "are", one ? "it" : "them", one ? "it is" : "they are");
    }

    private static void addFields(TypeSpec.Builder type, RecordModel model) {
        for (AttributeModel attribute : model.attributes()) {
            type.addField(FieldSpec.builder(attribute.type().javaType(), attribute.accessor(),
                    Modifier.PRIVATE, Modifier.FINAL).build());
        }
    }

    /** Returns the type a constructor or builder takes: boxed for a primitive with a default, so null means "default". */
    static TypeName parameterType(AttributeModel attribute) {
        TypeName type = attribute.type().javaType();
        return attribute.hasDefault() && type.isPrimitive() ? type.box() : type;
    }

    private static void addConstructor(TypeSpec.Builder type, RecordModel model) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("Takes values that are already immutable copies; the builder and the mapper call it.\n");
        for (AttributeModel attribute : model.attributes()) {
            constructor.addParameter(parameterType(attribute), attribute.accessor());
        }
        for (AttributeModel attribute : model.attributes()) {
            if (!attribute.hasDefault()) {
                constructor.addStatement("this.$N = $L", attribute.accessor(), initialValue(model, attribute));
            }
        }
        // Defaults last: the parser refuses a stored default that reads the record, but only
        // under javac; elsewhere such a default at least sees the other attributes set.
        for (AttributeModel attribute : model.attributes()) {
            if (attribute.hasDefault()) {
                constructor.addStatement("this.$N = $N != null ? $N : $L", attribute.accessor(), attribute.accessor(),
                        attribute.accessor(), copy(attribute.type(), CodeBlock.of("$T.super.$N()", model.type(), attribute.accessor())));
            }
        }
        type.addMethod(constructor.build());
    }

    private static CodeBlock initialValue(RecordModel model, AttributeModel attribute) {
        String name = attribute.accessor();
        // A primitive key is never null: requireNonNull would only box it.
        if (attribute.isRequiredKey() && !attribute.type().javaType().isPrimitive()) {
            return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name,
                    name + " is the " + (attribute.role().name().toLowerCase(java.util.Locale.ROOT)) + " key of "
                            + model.type().simpleName() + " and cannot be null; set it.");
        }
        if (attribute.type() instanceof ValueType.OptionalOf) {
            return CodeBlock.of("$N != null ? $N : $T.empty()", name, name, Optional.class);
        }
        if (attribute.type() instanceof ValueType.SetOf) {
            return CodeBlock.of("$N != null ? $N : $T.of()", name, name, Set.class);
        }
        return CodeBlock.of("$N", name);
    }

    /** Returns an expression of an unmodifiable copy of a value of the type, if the type is mutable. */
    static CodeBlock copy(ValueType type, CodeBlock value) {
        if (type instanceof ValueType.ListOf) {
            return CodeBlock.of("$T.list($L)", COPIES, value);
        }
        if (type instanceof ValueType.MapOf) {
            return CodeBlock.of("$T.map($L)", COPIES, value);
        }
        if (type instanceof ValueType.SetOf) {
            return CodeBlock.of("$T.set($L)", COPIES, value);
        }
        if (type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.BYTES) {
            return CodeBlock.of("$T.bytes($L)", COPIES, value);
        }
        return value;
    }

    private static void addAccessors(TypeSpec.Builder type, RecordModel model) {
        for (AttributeModel attribute : model.attributes()) {
            type.addMethod(MethodSpec.methodBuilder(attribute.accessor())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(attribute.type().javaType())
                    .addStatement("return $N", attribute.accessor())
                    .build());
        }
    }

    private static void addWithers(TypeSpec.Builder type, RecordModel model) {
        for (AttributeModel changed : model.attributes()) {
            CodeBlock.Builder arguments = CodeBlock.builder();
            for (AttributeModel attribute : model.attributes()) {
                if (arguments.isEmpty()) {
                    arguments.add("$L", argument(attribute, changed));
                } else {
                    arguments.add(", $L", argument(attribute, changed));
                }
            }
            type.addMethod(MethodSpec.methodBuilder(GeneratedNames.wither(changed.accessor()))
                    .addJavadoc("Returns a copy with another {@code $L}.\n", changed.accessor())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.names().immutable())
                    .addParameter(changed.type().javaType(), changed.accessor())
                    .addStatement("return new $T($L)", model.names().immutable(), arguments.build())
                    .build());
        }
    }

    private static CodeBlock argument(AttributeModel attribute, AttributeModel changed) {
        return attribute == changed
                ? copy(attribute.type(), CodeBlock.of("$N", attribute.accessor()))
                : CodeBlock.of("this.$N", attribute.accessor());
    }

    private static void addFactories(TypeSpec.Builder type, RecordModel model) {
        ClassName builder = model.names().immutable().nestedClass("Builder");
        type.addMethod(MethodSpec.methodBuilder(GeneratedNames.BUILDER)
                .addJavadoc("Returns a builder with every attribute missing, primitives zero.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        CodeBlock.Builder toBuilder = CodeBlock.builder().add("return new $T()", builder);
        CodeBlock.Builder copyOf = CodeBlock.builder().add("return new $T()", builder);
        for (AttributeModel attribute : model.attributes()) {
            toBuilder.add("\n.$N(this.$N)", attribute.accessor(), attribute.accessor());
            copyOf.add("\n.$N(value.$N())", attribute.accessor(), attribute.accessor());
        }
        type.addMethod(MethodSpec.methodBuilder(GeneratedNames.TO_BUILDER)
                .addJavadoc("Returns a builder that starts from this record's values.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement(toBuilder.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder(GeneratedNames.COPY_OF)
                .addJavadoc("Returns an immutable record with the values of any {@link $T}, or the value itself.\n", model.type())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.names().immutable())
                .addParameter(model.type(), "value")
                .beginControlFlow("if (value instanceof $T)", model.names().immutable())
                .addStatement("return ($T) value", model.names().immutable())
                .endControlFlow()
                .addStatement(copyOf.add("\n.build()").build())
                .build());
    }
}
