package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_VALUE;
import static dev.dynamoobjects.processor.RuntimeNames.COPIES;
import static dev.dynamoobjects.processor.RuntimeNames.ITEMS;
import static dev.dynamoobjects.processor.RuntimeNames.RECORD_MAPPER;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.RecordModel;
import dev.dynamoobjects.processor.model.ValueType;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code StoreMapper}: straight-line code between the record and its item, with no
 * reflection and no lookups per call.
 */
public final class MapperWriter {
    static final TypeName ITEM =
            ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);

    private static final Map<TypeName, String> ZEROS = Map.of(TypeName.BOOLEAN, "false", TypeName.CHAR, "'\\0'",
            TypeName.BYTE, "(byte) 0", TypeName.SHORT, "(short) 0", TypeName.INT, "0", TypeName.LONG, "0L",
            TypeName.FLOAT, "0f", TypeName.DOUBLE, "0d");

    private final Sources sources;

    public MapperWriter(Sources sources) {
        this.sources = sources;
    }

    public void write(RecordModel model) throws IOException {
        ClassName name = model.names().mapper();
        Codecs codecs = new Codecs();
        TypeSpec.Builder type = sources.classBuilder(name, model)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RECORD_MAPPER, model.type()))
                .addJavadoc("Maps {@link $T} to and from DynamoDB items; stateless and thread-safe.\n\n"
                        + "<pre>{@code\nMap<String, AttributeValue> item = $T.INSTANCE.toItem(record);\n}</pre>\n",
                        model.type(), name);
        addInstance(type, name);
        EntityMapperParts entity = model.isEntity() ? new EntityMapperParts(model) : null;
        if (model.hasTable()) {
            addCapacity(type, model.attributes().size() + (entity == null ? 0 : entity.extraAttributes()));
        }
        if (entity != null) {
            entity.addMembers(type);
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        addToItem(type, model, codecs, entity);
        addFromItem(type, model, codecs, entity);
        if (entity != null) {
            type.addMethod(entity.keyOf());
        } else {
            addKeyOf(type, model, codecs);
        }
        type.addMethod(PlainShapes.fromMap(model));
        if (!model.hasTable()) {
            addDocumentEncoding(type, model, codecs);
        }
        type.addFields(codecs.fields());
        type.addMethods(codecs.methods());
        sources.write(model, type.build());
    }

    private static void addInstance(TypeSpec.Builder type, ClassName name) {
        type.addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The mapper.\n")
                .initializer("new $T()", name)
                .build());
    }

    /** A map sized for every attribute never resizes while the item is built. */
    private static void addCapacity(TypeSpec.Builder type, int attributes) {
        type.addField(FieldSpec.builder(int.class, "ITEM_CAPACITY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.capacity($L)", COPIES, attributes)
                .build());
    }

    private static void addToItem(TypeSpec.Builder type, RecordModel model, Codecs codecs, EntityMapperParts entity) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toItem")
                .addJavadoc("Returns the item of a record; null attributes and empty sets are left out.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM)
                .addParameter(model.type(), "record");
        if (model.hasTable()) {
            method.addStatement("$T item = new $T<>(ITEM_CAPACITY)", ITEM, HashMap.class);
            addEncodings(method, model, codecs, (attribute, value) -> CodeBlock.of("item.put($S, $L)", attribute.name(), value));
            if (entity != null) {
                entity.addToItem(method);
            }
            type.addMethod(method.addStatement("return item").build());
        } else {
            type.addMethod(method.addStatement("return $T.item(NAMES, values(record))", ITEMS).build());
        }
    }

    /**
     * Adds what a document needs to be nested: {@code toAttributeValue}, built from arrays of names
     * and values rather than a map, since the SDK copies the map anyway.
     */
    private static void addDocumentEncoding(TypeSpec.Builder type, RecordModel model, Codecs codecs) {
        CodeBlock names = CodeBlock.join(model.attributes().stream().map(a -> CodeBlock.of("$S", a.name())).toList(), ", ");
        type.addField(FieldSpec.builder(String[].class, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", names)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toAttributeValue")
                .addJavadoc("Returns the {@code M} value of a document, as nested in a record.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ATTRIBUTE_VALUE)
                .addParameter(model.type(), "record")
                .addStatement("return $T.m(NAMES, values(record))", ITEMS)
                .build());
        MethodSpec.Builder values = MethodSpec.methodBuilder("values")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArrayTypeName.of(ATTRIBUTE_VALUE))
                .addParameter(model.type(), "record")
                .addStatement("$T[] values = new $T[$L]", ATTRIBUTE_VALUE, ATTRIBUTE_VALUE, model.attributes().size());
        List<AttributeModel> attributes = model.attributes();
        addEncodings(values, model, codecs, (attribute, value) -> CodeBlock.of("values[$L] = $L", attributes.indexOf(attribute), value));
        type.addMethod(values.addStatement("return values").build());
    }

    /** Adds, for each attribute, the code that reads it from {@code record} and stores its value where {@code sink} says. */
    private static void addEncodings(MethodSpec.Builder method, RecordModel model, Codecs codecs,
                                     BiFunction<AttributeModel, CodeBlock, CodeBlock> sink) {
        NameAllocator names = new NameAllocator();
        names.newName("record");
        names.newName("item");
        names.newName("values");
        for (AttributeModel attribute : model.attributes()) {
            String local = names.newName(attribute.accessor());
            method.addStatement("$T $N = record.$N()", attribute.type().javaType(), local, attribute.accessor());
            CodeBlock value = attribute.type() instanceof ValueType.OptionalOf ? CodeBlock.of("$N.get()", local) : CodeBlock.of("$N", local);
            CodeBlock put = sink.apply(attribute,
                    codecs.encode(attribute.type(), value, GeneratedNames.stem(attribute.accessor())));
            CodeBlock present = presence(attribute, local);
            if (present == null) {
                method.addStatement(put);
            } else {
                method.beginControlFlow("if ($L)", present).addStatement(put).endControlFlow();
            }
        }
    }

    /** Returns the condition under which an attribute is written, or null when it always is. */
    private static CodeBlock presence(AttributeModel attribute, String local) {
        if (attribute.isPrimitive()) {
            return null;
        }
        if (attribute.type() instanceof ValueType.OptionalOf) {
            return CodeBlock.of("$N != null && $N.isPresent()", local, local);
        }
        if (attribute.type() instanceof ValueType.SetOf) {
            return CodeBlock.of("$N != null && !$N.isEmpty()", local, local);
        }
        return CodeBlock.of("$N != null", local);
    }

    private static void addFromItem(TypeSpec.Builder type, RecordModel model, Codecs codecs, EntityMapperParts entity) {
        NameAllocator names = new NameAllocator();
        String item = names.newName("item");
        String value = names.newName("value");
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromItem")
                .addJavadoc("Returns the record of an item; missing attributes take their default, null, or zero.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.names().immutable())
                .addParameter(ITEM, item);
        if (entity != null) {
            entity.addTypeCheck(method, item);
        }
        method.addStatement("$T $N", ATTRIBUTE_VALUE, value);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (AttributeModel attribute : model.attributes()) {
            String local = names.newName(attribute.accessor());
            method.addStatement("$N = $N.get($S)", value, item, attribute.name());
            boolean required = attribute.isRequiredKey();
            if (required) {
                method.beginControlFlow("if ($N == null)", value)
                        .addStatement("throw $T.missingKey($S, $S)", ITEMS, attribute.name(), model.type().simpleName())
                        .endControlFlow();
            }
            CodeBlock decoded = codecs.decode(decodedType(attribute), CodeBlock.of("$N", value), CodeBlock.of("$S", attribute.name()),
                    GeneratedNames.stem(attribute.accessor()));
            if (attribute.type() instanceof ValueType.OptionalOf) {
                decoded = CodeBlock.of("$T.ofNullable($L)", Optional.class, decoded);
            }
            TypeName localType = ImmutableWriter.parameterType(attribute);
            if (required) {
                method.addStatement("$T $N = $L", localType, local, decoded);
            } else {
                method.addStatement("$T $N = $N == null ? $L : $L", localType, local, value, missing(attribute), decoded);
            }
            arguments.add(arguments.isEmpty() ? "$N" : ", $N", local);
        }
        method.addStatement("return new $T($L)", model.names().immutable(), arguments.build());
        type.addMethod(method.build());
    }

    /** Returns the type to decode: boxed for a primitive with a default, so that a NULL gives the default. */
    private static ValueType decodedType(AttributeModel attribute) {
        if (attribute.hasDefault() && attribute.type() instanceof ValueType.Scalar scalar && attribute.isPrimitive()) {
            return new ValueType.Scalar(scalar.kind(), scalar.javaType().box(), scalar.epochUnit());
        }
        return attribute.type();
    }

    /** Returns what a missing attribute reads as; the immutable class's constructor turns null into a default. */
    private static CodeBlock missing(AttributeModel attribute) {
        if (attribute.type() instanceof ValueType.OptionalOf) {
            return CodeBlock.of("$T.empty()", Optional.class);
        }
        if (attribute.type() instanceof ValueType.SetOf) {
            return CodeBlock.of("$T.of()", java.util.Set.class);
        }
        TypeName type = ImmutableWriter.parameterType(attribute);
        return CodeBlock.of(ZEROS.getOrDefault(type, "null"));
    }

    private static void addKeyOf(TypeSpec.Builder type, RecordModel model, Codecs codecs) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("keyOf")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ITEM)
                .addParameter(model.type(), "record");
        List<AttributeModel> keys = model.keys();
        if (keys.isEmpty()) {
            type.addMethod(method.addJavadoc("Throws: a document has no key.\n")
                    .addStatement("throw new $T($S)", UnsupportedOperationException.class,
                            model.type().simpleName() + " is a @Document, which has no key; only records have one.")
                    .build());
            return;
        }
        method.addJavadoc("Returns the record's key attributes.\n")
                .addStatement("$T key = new $T<>($T.capacity($L))", ITEM, HashMap.class, COPIES, keys.size());
        for (AttributeModel key : keys) {
            method.addStatement("key.put($S, $L)", key.name(), codecs.encode(key.type(),
                    CodeBlock.of("record.$N()", key.accessor()), GeneratedNames.stem(key.accessor())));
        }
        type.addMethod(method.addStatement("return key").build());
    }
}
