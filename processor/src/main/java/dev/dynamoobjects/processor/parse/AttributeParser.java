package dev.dynamoobjects.processor.parse;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Turns one accessor into an attribute: its name, key role, and how its type is stored. */
final class AttributeParser {
    /** Units of a fixed length, which an epoch number can count. */
    private static final Set<String> EPOCH_UNITS =
            Set.of("NANOS", "MICROS", "MILLIS", "SECONDS", "MINUTES", "HOURS", "HALF_DAYS", "DAYS");

    private final Annotations annotations;
    private final Problems problems;
    private final Types types;
    private final boolean record;
    private final ManagedAttributes managedAttributes;

    AttributeParser(Annotations annotations, Problems problems, Types types, boolean record) {
        this.annotations = annotations;
        this.problems = problems;
        this.types = types;
        this.record = record;
        this.managedAttributes = new ManagedAttributes(annotations, problems, record);
    }

    /** Returns the attribute of an accessor whose type, seen from the record, is {@code type}; null on error. */
    AttributeModel parse(Element accessor, TypeMirror type) {
        KeyRole role = role(accessor);
        Managed managed = managedAttributes.of(accessor);
        String name = name(accessor, role);
        ValueType valueType = valueType(accessor, type);
        if (valueType == null) {
            return null;
        }
        if (role != KeyRole.NONE && !isKeyType(valueType)) {
            problems.error(accessor, Message.KEY_TYPE, accessor.getSimpleName(), type);
        }
        valueType = managedAttributes.check(accessor, managed, role, valueType);
        String accessorName = accessor.getSimpleName().toString();
        return new AttributeModel(accessorName, name, GeneratedNames.constantName(accessorName), valueType,
                accessor instanceof ExecutableElement method && method.isDefault(), role, managed);
    }

    /** Returns true for a type stored as S, N or B, the only types a key can have. */
    static boolean isKeyType(ValueType type) {
        return type instanceof ValueType.Scalar && Set.of("S", "N", "B").contains(type.dynamoType());
    }

    private KeyRole role(Element accessor) {
        boolean key = recordOnly(accessor, RuntimeNames.KEY);
        boolean sortKey = recordOnly(accessor, RuntimeNames.SORT_KEY);
        if (key && sortKey) {
            problems.error(accessor, Message.KEY_AND_SORT_KEY, accessor.getSimpleName());
        }
        return key ? KeyRole.PARTITION : sortKey ? KeyRole.SORT : KeyRole.NONE;
    }

    /** Returns true when the accessor has the annotation, reporting it on a document. */
    private boolean recordOnly(Element accessor, String annotation) {
        AnnotationMirror mirror = annotations.find(accessor, annotation);
        if (mirror != null && !record) {
            problems.error(accessor, mirror, Message.ONLY_ON_RECORDS, ManagedAttributes.simpleName(annotation));
            return false;
        }
        return mirror != null;
    }

    private String name(Element accessor, KeyRole role) {
        AnnotationMirror attribute = annotations.find(accessor, RuntimeNames.ATTRIBUTE);
        if (attribute == null) {
            return accessor.getSimpleName().toString();
        }
        String name = annotations.string(attribute, "value");
        String range = DynamoRules.attributeNameRange(name, role != KeyRole.NONE);
        if (range != null) {
            problems.error(accessor, attribute, annotations.value(attribute, "value"),
                    Message.INVALID_ATTRIBUTE_NAME, name, range);
        }
        return name;
    }

    private ValueType valueType(Element accessor, TypeMirror type) {
        AnnotationMirror convert = annotations.find(accessor, RuntimeNames.CONVERT);
        if (convert != null) {
            return converted(accessor, type, convert);
        }
        ValueType valueType = new TypeResolver(annotations, problems, accessor).resolve(type);
        AnnotationMirror epoch = annotations.find(accessor, RuntimeNames.EPOCH);
        return epoch == null || valueType == null ? valueType : epoch(accessor, valueType, epoch);
    }

    private ValueType epoch(Element accessor, ValueType type, AnnotationMirror epoch) {
        ValueType inner = type instanceof ValueType.OptionalOf optional ? optional.element() : type;
        if (!(inner instanceof ValueType.Scalar scalar) || !scalar.kind().isTime()) {
            problems.error(accessor, epoch, Message.EPOCH_TYPE, type.javaType());
            return null;
        }
        String unit = annotations.enumConstant(epoch, "value");
        if (!EPOCH_UNITS.contains(unit)) {
            problems.error(accessor, epoch, annotations.value(epoch, "value"), Message.EPOCH_UNIT, unit);
            return null;
        }
        ValueType.Scalar epochScalar = new ValueType.Scalar(scalar.kind(), scalar.javaType(), unit);
        return type instanceof ValueType.OptionalOf ? new ValueType.OptionalOf(epochScalar, type.javaType()) : epochScalar;
    }

    private ValueType converted(Element accessor, TypeMirror type, AnnotationMirror convert) {
        TypeMirror converterType = annotations.type(convert, "value");
        if (converterType == null) {
            problems.silent(); // javac reports the unknown class
            return null;
        }
        TypeElement converter = (TypeElement) types.asElement(converterType);
        boolean constructible = !converter.getModifiers().contains(Modifier.ABSTRACT)
                && ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
                        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        if (!constructible) {
            problems.error(accessor, convert, Message.CONVERTER_CONSTRUCTOR, converter.getQualifiedName());
            return null;
        }
        TypeMirror convertedType = convertedType(converterType);
        if (convertedType == null || !types.isSameType(convertedType, type)) {
            problems.error(accessor, convert, Message.CONVERTER_TYPE, converter.getQualifiedName(), convertedType, type);
            return null;
        }
        return new ValueType.Converted(ClassName.get(converter), TypeName.get(type));
    }

    /** Returns the {@code T} of the {@code AttributeConverter<T>} a converter implements. */
    private TypeMirror convertedType(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            TypeElement element = (TypeElement) types.asElement(supertype);
            if (element.getQualifiedName().contentEquals(RuntimeNames.ATTRIBUTE_CONVERTER)) {
                var arguments = ((DeclaredType) supertype).getTypeArguments();
                return arguments.isEmpty() ? null : arguments.get(0);
            }
            TypeMirror found = convertedType(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
