package dev.dynamoobjects.processor.parse;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/** Decides how the type of an accessor is stored, reporting the types it cannot map. */
final class TypeResolver {
    private static final Map<String, ScalarKind> DECLARED_SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Character", ScalarKind.CHAR),
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Byte", ScalarKind.BYTE),
            Map.entry("java.lang.Short", ScalarKind.SHORT),
            Map.entry("java.lang.Integer", ScalarKind.INT),
            Map.entry("java.lang.Long", ScalarKind.LONG),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry(RuntimeNames.SDK_BYTES.canonicalName(), ScalarKind.SDK_BYTES),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry("java.time.Duration", ScalarKind.DURATION),
            Map.entry("java.util.UUID", ScalarKind.UUID));
    private static final Map<TypeKind, ScalarKind> PRIMITIVES = Map.of(
            TypeKind.BOOLEAN, ScalarKind.BOOLEAN, TypeKind.CHAR, ScalarKind.CHAR,
            TypeKind.BYTE, ScalarKind.BYTE, TypeKind.SHORT, ScalarKind.SHORT, TypeKind.INT, ScalarKind.INT,
            TypeKind.LONG, ScalarKind.LONG, TypeKind.FLOAT, ScalarKind.FLOAT, TypeKind.DOUBLE, ScalarKind.DOUBLE);
    /** What DynamoDB sets hold: strings (and what is stored as one), numbers and binaries. */
    private static final Set<ScalarKind> SET_ELEMENTS = EnumSet.of(
            ScalarKind.STRING, ScalarKind.CHAR, ScalarKind.ENUM, ScalarKind.UUID, ScalarKind.INSTANT, ScalarKind.LOCAL_DATE,
            ScalarKind.LOCAL_DATE_TIME, ScalarKind.OFFSET_DATE_TIME, ScalarKind.DURATION, ScalarKind.BYTE, ScalarKind.SHORT, ScalarKind.INT, ScalarKind.LONG, ScalarKind.FLOAT,
            ScalarKind.DOUBLE, ScalarKind.BIG_DECIMAL, ScalarKind.BIG_INTEGER, ScalarKind.BYTES, ScalarKind.SDK_BYTES);

    private final Annotations annotations;
    private final Problems problems;
    private final Element accessor;

    TypeResolver(Annotations annotations, Problems problems, Element accessor) {
        this.annotations = annotations;
        this.problems = problems;
        this.accessor = accessor;
    }

    /** Returns how the accessor's return type is stored, or null after reporting why it cannot be. */
    ValueType resolve(TypeMirror type) {
        if (isOptional(type) && !isRaw(type)) {
            ValueType element = nested(((DeclaredType) type).getTypeArguments().get(0));
            return element == null ? null : new ValueType.OptionalOf(element, TypeName.get(type));
        }
        return nested(type);
    }

    /** Resolves a type at any depth (Optional is allowed only as the accessor's own type). */
    private ValueType nested(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR || isTypeParameterOfAType(type)) {
            // javac reports an unknown type, and GENERIC_TYPE a type parameter of the record, already.
            problems.silent();
            return null;
        }
        if (isRaw(type)) {
            return wrongShape(Message.RAW_TYPE, type, TypeSuggestions.parameterized((DeclaredType) type));
        }
        if (isOptional(type)) {
            return wrongShape(Message.NESTED_OPTIONAL, type, null);
        }
        ValueType.Scalar scalar = scalar(type);
        if (scalar != null) {
            return scalar;
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (is(declared, "java.util.List") && arguments.size() == 1) {
                ValueType element = nested(arguments.get(0));
                return element == null ? null : new ValueType.ListOf(element, TypeName.get(type));
            }
            if (is(declared, "java.util.Set") && arguments.size() == 1) {
                return set(declared, arguments.get(0));
            }
            if (is(declared, "java.util.Map") && arguments.size() == 2) {
                return map(declared, arguments.get(0), arguments.get(1));
            }
            TypeElement element = (TypeElement) declared.asElement();
            boolean documentKind = element.getKind() == ElementKind.INTERFACE || element.getKind() == ElementKind.RECORD;
            if (documentKind && annotations.find(element, RuntimeNames.DOCUMENT) != null) {
                ClassName name = ClassName.get(element);
                return new ValueType.DocumentOf(name, GeneratedNames.mapperOf(name));
            }
        }
        return unsupported(type);
    }

    private ValueType map(DeclaredType type, TypeMirror keyType, TypeMirror valueType) {
        if (!isString(keyType)) {
            problems.error(accessor, Message.MAP_KEY_NOT_STRING, accessor.getSimpleName(), keyType);
            return null;
        }
        ValueType value = nested(valueType);
        return value == null ? null : new ValueType.MapOf(value, TypeName.get(type));
    }

    private ValueType set(DeclaredType type, TypeMirror elementType) {
        ValueType.Scalar element = scalar(elementType);
        if (element == null || !SET_ELEMENTS.contains(element.kind())) {
            problems.error(accessor, Message.UNSUPPORTED_SET_ELEMENT, accessor.getSimpleName(), elementType);
            return null;
        }
        return new ValueType.SetOf(element, TypeName.get(type));
    }

    /** Returns the scalar a type maps to, or null when it is not one. */
    static ValueType.Scalar scalar(TypeMirror type) {
        ScalarKind kind = null;
        if (type.getKind().isPrimitive()) {
            kind = PRIMITIVES.get(type.getKind());
        } else if (type.getKind() == TypeKind.ARRAY) {
            kind = ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? ScalarKind.BYTES : null;
        } else if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            kind = element.getKind() == ElementKind.ENUM
                    ? ScalarKind.ENUM : DECLARED_SCALARS.get(element.getQualifiedName().toString());
        }
        return kind == null ? null : new ValueType.Scalar(kind, TypeName.get(type), null);
    }

    /** Reports a raw or nested-Optional type; the message shows the accessor's whole type and a fix. */
    private ValueType wrongShape(Message message, TypeMirror part, String fix) {
        TypeMirror whole = accessorType();
        String suggestion = fix != null ? fix : TypeSuggestions.withoutInnerOptionals(whole);
        problems.error(accessor, message, accessor.getSimpleName(), message == Message.RAW_TYPE ? part : whole, suggestion);
        return null;
    }

    private TypeMirror accessorType() {
        return accessor instanceof ExecutableElement method ? method.getReturnType() : accessor.asType();
    }

    private static boolean isOptional(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && is((DeclaredType) type, "java.util.Optional");
    }

    /** Returns true for {@code List}, {@code Set}, {@code Map} or {@code Optional} without type arguments. */
    private static boolean isRaw(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()
                && TypeSuggestions.isContainer((DeclaredType) type);
    }

    private static boolean isTypeParameterOfAType(TypeMirror type) {
        return type.getKind() == TypeKind.TYPEVAR
                && ((TypeVariable) type).asElement().getEnclosingElement() instanceof TypeElement;
    }

    private ValueType unsupported(TypeMirror type) {
        problems.error(accessor, Message.UNSUPPORTED_TYPE, accessor.getSimpleName(), type);
        return null;
    }

    private static boolean is(DeclaredType type, String qualifiedName) {
        return ((TypeElement) type.asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private static boolean isString(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && is((DeclaredType) type, "java.lang.String");
    }
}
