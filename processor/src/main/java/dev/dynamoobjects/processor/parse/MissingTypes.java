package dev.dynamoobjects.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Tells whether a record or document refers to a type that javac cannot resolve yet: one that
 * another processor, or this one, generates in the current round exists only from the next round
 * on. Until then javac shows it as an {@code ERROR} type (or, as a class in an annotation, as the
 * text {@code "<error>"}). Looks where the model reads types: the interfaces it extends, its
 * accessors' types at any depth, and the classes named by its accessors' annotations.
 */
public final class MissingTypes {
    private MissingTypes() {
    }

    /** Returns true when the type refers to a type that does not exist (yet). */
    public static boolean in(TypeElement type) {
        if (missingParent(type)) {
            return true;
        }
        for (Element accessor : Accessors.of(type)) {
            TypeMirror accessorType = accessor instanceof ExecutableElement method ? method.getReturnType() : accessor.asType();
            if (isMissing(accessorType) || accessor.getAnnotationMirrors().stream().anyMatch(MissingTypes::namesMissingClass)) {
                return true;
            }
        }
        return false;
    }

    /** Returns true for an {@code ERROR} type, or a type whose arguments, bounds or elements hold one. */
    static boolean isMissing(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType declared) {
            return declared.getTypeArguments().stream().anyMatch(MissingTypes::isMissing);
        }
        if (type instanceof ArrayType array) {
            return isMissing(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
            return bound != null && isMissing(bound);
        }
        return false;
    }

    /** Returns true when an interface the type extends, directly or not, does not exist (yet). */
    private static boolean missingParent(TypeElement type) {
        for (TypeMirror parent : type.getInterfaces()) {
            if (isMissing(parent) || parent instanceof DeclaredType declared
                    && missingParent((TypeElement) declared.asElement())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesMissingClass(AnnotationMirror annotation) {
        return annotation.getElementValues().entrySet().stream()
                .anyMatch(entry -> isClassValue(entry.getKey()) && unresolved(entry.getValue()));
    }

    private static boolean isClassValue(ExecutableElement element) {
        TypeMirror type = element.getReturnType();
        TypeMirror single = type instanceof ArrayType array ? array.getComponentType() : type;
        return single instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Class");
    }

    /** Returns true for a class value, or a list of them, that javac could not resolve. */
    private static boolean unresolved(AnnotationValue value) {
        Object content = value.getValue();
        if (content instanceof List<?> values) {
            return values.stream().anyMatch(v -> v instanceof AnnotationValue element && unresolved(element));
        }
        return !(content instanceof TypeMirror type) || isMissing(type);
    }
}
