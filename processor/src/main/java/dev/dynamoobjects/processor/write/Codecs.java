package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ATTRIBUTE_VALUE;
import static dev.dynamoobjects.processor.RuntimeNames.COPIES;
import static dev.dynamoobjects.processor.RuntimeNames.ENCODERS;
import static dev.dynamoobjects.processor.RuntimeNames.ITEMS;
import static dev.dynamoobjects.processor.RuntimeNames.NUMBERS;
import static dev.dynamoobjects.processor.RuntimeNames.SCALARS;
import static dev.dynamoobjects.processor.RuntimeNames.SDK_BYTES;
import static dev.dynamoobjects.processor.RuntimeNames.SETS;
import static dev.dynamoobjects.processor.RuntimeNames.TIMES;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the code that encodes a Java value as an attribute value and decodes it back, for one
 * generated class. Scalars become one expression; containers, documents and converters become
 * static helpers of the class, collected here and added by the writer. The mapper owns the helpers;
 * the table's codecs call the mapper's (package-private for that), so that none is written twice.
 */
final class Codecs {
    private static final ClassName LIST = ClassName.get(List.class);
    private static final TypeName ATTRIBUTE_VALUES = ParameterizedTypeName.get(LIST, ATTRIBUTE_VALUE);

    private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    /** The class whose helpers the expressions call: null for this class, or the record's mapper. */
    private final ClassName owner;

    /** Codecs that write their own helpers: the mapper's. */
    Codecs() {
        this(null);
    }

    /** Codecs whose expressions call the helpers of {@code mapper}, which writes the same ones. */
    Codecs(ClassName mapper) {
        this.owner = mapper;
    }

    /** Returns the helper methods the expressions written so far call. */
    Collection<MethodSpec> methods() {
        return methods.values();
    }

    /** Returns the helper fields (converters) the expressions written so far use. */
    Collection<FieldSpec> fields() {
        return fields.values();
    }

    /**
     * Returns an expression of the attribute value of {@code value}, a non-null expression of the
     * type's Java type (an Optional's element for an Optional). {@code stem} names helpers.
     */
    CodeBlock encode(ValueType type, CodeBlock value, String stem) {
        if (type instanceof ValueType.Scalar scalar) {
            return encodeScalar(scalar, value);
        }
        if (type instanceof ValueType.OptionalOf optional) {
            return encode(optional.element(), value, stem);
        }
        if (type instanceof ValueType.DocumentOf document) {
            return CodeBlock.of("$T.INSTANCE.toAttributeValue($L)", document.mapper(), value);
        }
        if (type instanceof ValueType.Converted converted) {
            return CodeBlock.of("$L.toAttributeValue($L)", helper(converter(converted, stem).name), value);
        }
        if (type instanceof ValueType.SetOf set) {
            return encodeSet(set, value);
        }
        return CodeBlock.of("$L($L)", helper(containerEncoder(type, stem).name), value);
    }

    /** Returns the runtime's shared encoder of a converted type, over the converter the mapper holds. */
    CodeBlock convertedEncoder(ValueType.Converted converted, String stem) {
        return CodeBlock.of("$T.converted($L)", ENCODERS, helper(converter(converted, stem).name));
    }

    /** Returns a reference to a helper: the mapper's, when this class calls the mapper's helpers. */
    private CodeBlock helper(String name) {
        return owner == null ? CodeBlock.of("$N", name) : CodeBlock.of("$T.$N", owner, name);
    }

    /**
     * Returns the runtime's shared encoder of a type ({@code Encoders.WHOLE_NUMBER}), or null when
     * there is none and the caller writes a lambda.
     */
    static CodeBlock sharedEncoder(ValueType type) {
        if (type instanceof ValueType.Scalar scalar && scalar.epochUnit() != null) {
            return CodeBlock.of("$T.epoch$L($T.$L)", ENCODERS, javaName(scalar.kind()), ChronoUnit.class, scalar.epochUnit());
        }
        if (type instanceof ValueType.Scalar scalar) {
            String name = switch (scalar.kind()) {
                case BYTE, SHORT, INT, LONG -> "WHOLE_NUMBER";
                case STRING -> null;
                default -> scalar.kind().name();
            };
            return name == null ? null : CodeBlock.of("$T.$L", ENCODERS, name);
        }
        if (type instanceof ValueType.SetOf set) {
            String name = switch (set.element().kind()) {
                case BYTE, SHORT, INT, LONG, BIG_INTEGER -> "WHOLE_NUMBER_SET";
                case BOOLEAN -> null;
                default -> set.element().kind().name() + "_SET";
            };
            return name == null ? null : CodeBlock.of("$T.$L", ENCODERS, name);
        }
        if (type instanceof ValueType.DocumentOf document) {
            return CodeBlock.of("$T.document($T.INSTANCE)", ENCODERS, document.mapper());
        }
        return null;
    }

    /**
     * Returns the attribute value of a key argument {@code name}: a primitive is encoded in place,
     * since the key constant's {@code encode} would box it only to check it for null.
     */
    static CodeBlock encodeKeyArgument(ValueType type, CodeBlock constant, String name) {
        if (type instanceof ValueType.Scalar scalar && scalar.javaType().isPrimitive()) {
            return encodeScalar(scalar, CodeBlock.of("$N", name));
        }
        return CodeBlock.of("$L.encode($N)", constant, name);
    }

    /**
     * Returns an expression of the Java value of {@code value}, a non-null expression of an
     * attribute value read from attribute {@code attribute} (an expression of its name). A
     * {@code NULL} gives null, or zero for primitives, or the empty set.
     */
    CodeBlock decode(ValueType type, CodeBlock value, CodeBlock attribute, String stem) {
        if (type instanceof ValueType.Scalar scalar) {
            return decodeScalar(scalar, value, attribute);
        }
        if (type instanceof ValueType.OptionalOf optional) {
            return decode(optional.element(), value, attribute, stem);
        }
        if (type instanceof ValueType.Converted converted) {
            return CodeBlock.of("$T.isNul($L) ? null : $L.fromAttributeValue($L)",
                    ITEMS, value, helper(converter(converted, stem).name), value);
        }
        return CodeBlock.of("$N($L, $L)", containerDecoder(type, stem), value, attribute);
    }

    private static CodeBlock encodeScalar(ValueType.Scalar scalar, CodeBlock value) {
        if (scalar.epochUnit() != null) {
            return CodeBlock.of("$T.n($T.toEpoch($L, $T.$L))", NUMBERS, TIMES, value, ChronoUnit.class, scalar.epochUnit());
        }
        return switch (scalar.kind()) {
            case STRING -> CodeBlock.of("$T.createS($L)", ATTRIBUTE_VALUE, value);
            case CHAR -> CodeBlock.of("$T.createS($T.valueOf($L))", ATTRIBUTE_VALUE, String.class, value);
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", ITEMS, value);
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("$T.n($L)", NUMBERS, value);
            case BYTES -> CodeBlock.of("$T.createB($T.fromByteArray($L))", ATTRIBUTE_VALUE, SDK_BYTES, value);
            case SDK_BYTES -> CodeBlock.of("$T.createB($L)", ATTRIBUTE_VALUE, value);
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, DURATION ->
                    CodeBlock.of("$T.createS($T.format($L))", ATTRIBUTE_VALUE, TIMES, value);
            case UUID -> CodeBlock.of("$T.createS($L.toString())", ATTRIBUTE_VALUE, value);
            case ENUM -> CodeBlock.of("$T.createS($L.name())", ATTRIBUTE_VALUE, value);
        };
    }

    private static CodeBlock decodeScalar(ValueType.Scalar scalar, CodeBlock value, CodeBlock attribute) {
        if (scalar.epochUnit() != null) {
            return CodeBlock.of("$T.$L($L, $L, $T.$L)", SCALARS, "to" + javaName(scalar.kind()), value, attribute,
                    ChronoUnit.class, scalar.epochUnit());
        }
        return switch (scalar.kind()) {
            case STRING -> CodeBlock.of("$T.s($L, $L)", ITEMS, value, attribute);
            case SDK_BYTES -> CodeBlock.of("$T.b($L, $L)", ITEMS, value, attribute);
            case ENUM -> CodeBlock.of("$T.toEnum($L, $L, $T.class)", SCALARS, value, attribute, scalar.javaType());
            default -> CodeBlock.of("$T.$L($L, $L)", SCALARS, scalarReader(scalar), value, attribute);
        };
    }

    /** Returns the {@code Scalars} method that reads a kind, primitive or boxed. */
    private static String scalarReader(ValueType.Scalar scalar) {
        String name = "to" + javaName(scalar.kind());
        if (scalar.javaType().isPrimitive()) {
            return name;
        }
        return switch (scalar.kind()) {
            case INT -> "toInteger";
            case CHAR -> "toCharacter";
            case BOOLEAN, BYTE, SHORT, LONG, FLOAT, DOUBLE -> name + "Object";
            default -> name;
        };
    }

    private static String javaName(ScalarKind kind) {
        return switch (kind) {
            case BIG_DECIMAL -> "BigDecimal";
            case BIG_INTEGER -> "BigInteger";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_DATE_TIME -> "LocalDateTime";
            case OFFSET_DATE_TIME -> "OffsetDateTime";
            case UUID -> "Uuid";
            default -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static CodeBlock encodeSet(ValueType.SetOf set, CodeBlock value) {
        ScalarKind kind = set.element().kind();
        if (kind != ScalarKind.STRING && isText(kind)) {
            return CodeBlock.of("$T.ssOf($L, $L)", SETS, value, elementText(set.element()));
        }
        String method = switch (kind) {
            case STRING -> "ss";
            case BIG_DECIMAL -> "nsOfBigDecimals";
            case DOUBLE -> "nsOfDoubles";
            case FLOAT -> "nsOfFloats";
            case BYTES -> "bsOfArrays";
            case SDK_BYTES -> "bs";
            default -> "nsOfWholeNumbers";
        };
        return CodeBlock.of("$T.$L($L)", SETS, method, value);
    }

    /** Returns true for the kinds stored as a string, whose sets are string sets. */
    private static boolean isText(ScalarKind kind) {
        return kind.dynamoType().equals("S");
    }

    /** Returns the function that writes a set element as its string, as {@link #encodeScalar} writes it. */
    private static CodeBlock elementText(ValueType.Scalar element) {
        return switch (element.kind()) {
            case ENUM -> CodeBlock.of("$T::name", element.javaType());
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, DURATION -> CodeBlock.of("$T::format", TIMES);
            default -> CodeBlock.of("$T::toString", Object.class);
        };
    }

    private FieldSpec converter(ValueType.Converted converted, String stem) {
        String name = GeneratedNames.constantName(stem) + "_CONVERTER";
        // Package-private, as the encoders: the table's constants use the mapper's.
        return fields.computeIfAbsent(name, n -> FieldSpec.builder(converted.converter(), n,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", converted.converter()).build());
    }

    private MethodSpec containerEncoder(ValueType type, String stem) {
        String name = "encode" + stem;
        MethodSpec existing = methods.get(name);
        if (existing != null) {
            return existing;
        }
        // Package-private: the table's attribute constants call the mapper's encoders.
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.STATIC)
                .returns(ATTRIBUTE_VALUE)
                .addParameter(type.javaType(), "value");
        if (type instanceof ValueType.ListOf list) {
            encodeList(method, list, stem + "Element");
        } else {
            encodeMap(method, (ValueType.MapOf) type, stem + "Value");
        }
        MethodSpec built = method.build();
        methods.put(name, built);
        return built;
    }

    private void encodeList(MethodSpec.Builder method, ValueType.ListOf list, String elementStem) {
        method.addStatement("$T[] values = new $T[value.size()]", ATTRIBUTE_VALUE, ATTRIBUTE_VALUE)
                .addStatement("int i = 0")
                .beginControlFlow("for ($T element : value)", list.element().javaType())
                .addStatement("values[i++] = element == null ? $T.NUL : $L", ITEMS,
                        encode(list.element(), CodeBlock.of("element"), elementStem))
                .endControlFlow()
                .addStatement("return $T.createL($T.asList(values))", ATTRIBUTE_VALUE, Arrays.class);
    }

    private void encodeMap(MethodSpec.Builder method, ValueType.MapOf map, String valueStem) {
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                map.value().javaType());
        // Arrays rather than a HashMap: the SDK copies the entries into its own map anyway.
        method.addStatement("$T[] names = new $T[value.size()]", String.class, String.class)
                .addStatement("$T[] values = new $T[names.length]", ATTRIBUTE_VALUE, ATTRIBUTE_VALUE)
                .addStatement("int i = 0")
                .beginControlFlow("for ($T entry : value.entrySet())", entry)
                .addStatement("$T element = entry.getValue()", map.value().javaType())
                .addStatement("names[i] = entry.getKey()")
                .addStatement("values[i++] = element == null ? $T.NUL : $L", ITEMS,
                        encode(map.value(), CodeBlock.of("element"), valueStem))
                .endControlFlow()
                .addStatement("return $T.m(names, values)", ITEMS);
    }

    private MethodSpec containerDecoder(ValueType type, String stem) {
        String name = "decode" + stem;
        MethodSpec existing = methods.get(name);
        if (existing != null) {
            return existing;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type.javaType())
                .addParameter(ATTRIBUTE_VALUE, "value")
                .addParameter(String.class, "attribute");
        if (type instanceof ValueType.ListOf list) {
            decodeList(method, list, stem + "Element");
        } else if (type instanceof ValueType.MapOf map) {
            decodeMap(method, map, stem + "Value");
        } else if (type instanceof ValueType.SetOf set) {
            decodeSet(method, set);
        } else {
            decodeDocument(method, (ValueType.DocumentOf) type);
        }
        MethodSpec built = method.build();
        methods.put(name, built);
        return built;
    }

    private void decodeList(MethodSpec.Builder method, ValueType.ListOf list, String elementStem) {
        method.addStatement("$T values = $T.l(value, attribute)", ATTRIBUTE_VALUES, ITEMS)
                .beginControlFlow("if (values == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T list = new $T<>(values.size())", list.javaType(), ArrayList.class)
                .beginControlFlow("for ($T element : values)", ATTRIBUTE_VALUE)
                .addStatement("list.add($L)", decode(list.element(), CodeBlock.of("element"), CodeBlock.of("attribute"), elementStem))
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(list)", Collections.class);
    }

    private void decodeMap(MethodSpec.Builder method, ValueType.MapOf map, String valueStem) {
        method.addStatement("$T values = $T.m(value, attribute)", MapperWriter.ITEM, ITEMS)
                .beginControlFlow("if (values == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T map = new $T<>($T.capacity(values.size()))", map.javaType(), HashMap.class, COPIES)
                .beginControlFlow("for ($T<$T, $T> entry : values.entrySet())", Map.Entry.class, String.class, ATTRIBUTE_VALUE)
                .addStatement("map.put(entry.getKey(), $L)",
                        decode(map.value(), CodeBlock.of("entry.getValue()"), CodeBlock.of("attribute"), valueStem))
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(map)", Collections.class);
    }

    private static void decodeSet(MethodSpec.Builder method, ValueType.SetOf set) {
        ScalarKind kind = set.element().kind();
        boolean binary = kind == ScalarKind.BYTES || kind == ScalarKind.SDK_BYTES;
        TypeName raw = binary ? SDK_BYTES : ClassName.get(String.class);
        String reader = isText(kind) ? "ss" : binary ? "bs" : "ns";
        TypeName element = set.element().javaType().box();
        method.addStatement("$T values = $T.$L(value, attribute)", ParameterizedTypeName.get(LIST, raw), ITEMS, reader)
                .beginControlFlow("if (values == null)")
                .addStatement("return $T.of()", Set.class)
                .endControlFlow();
        if (kind == ScalarKind.STRING || kind == ScalarKind.SDK_BYTES) {
            method.addStatement("return $T.setOf(values.toArray(new $T[0]))", COPIES, element);
            return;
        }
        method.addStatement("$T[] elements = $L", element, newArray(element, "values.size()"))
                .addStatement("int i = 0")
                .beginControlFlow("for ($T element : values)", raw)
                .addStatement("elements[i++] = $L", setElement(set.element()))
                .endControlFlow()
                .addStatement("return $T.setOf(elements)", COPIES);
    }

    /** Returns {@code new X[size]}, or {@code new byte[size][]} when X is {@code byte[]}. */
    private static CodeBlock newArray(TypeName element, String size) {
        return element instanceof ArrayTypeName array
                ? CodeBlock.of("new $T[$L][]", array.componentType, size)
                : CodeBlock.of("new $T[$L]", element, size);
    }

    private static CodeBlock setElement(ValueType.Scalar element) {
        if (element.kind() != ScalarKind.STRING && isText(element.kind())) {
            // Read as the scalar of the same text would be, with its parsing and its error message.
            return decodeScalar(element, CodeBlock.of("$T.fromS(element)", ATTRIBUTE_VALUE), CodeBlock.of("attribute"));
        }
        return switch (element.kind()) {
            case STRING, SDK_BYTES -> CodeBlock.of("element");
            case BYTES -> CodeBlock.of("element.asByteArray()");
            default -> CodeBlock.of("$T.to$L(element, attribute)", NUMBERS, javaName(element.kind()));
        };
    }

    private static void decodeDocument(MethodSpec.Builder method, ValueType.DocumentOf document) {
        method.addStatement("$T values = $T.m(value, attribute)", MapperWriter.ITEM, ITEMS)
                .addStatement("return values == null ? null : $T.INSTANCE.fromItem(values)", document.mapper());
    }
}
