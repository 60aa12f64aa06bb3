package dev.dynamoobjects.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads the runtime's annotations by name, since the processor does not link against them. */
final class Annotations {
    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** Returns the annotation of the given qualified name on an element, or null. */
    AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }

    /** Returns the repeatable annotations on an element, whether written once or in their container. */
    List<AnnotationMirror> findRepeated(Element element, String qualifiedName, String containerName) {
        List<AnnotationMirror> found = new ArrayList<>();
        AnnotationMirror single = find(element, qualifiedName);
        if (single != null) {
            found.add(single);
        }
        AnnotationMirror container = find(element, containerName);
        if (container != null) {
            for (AnnotationValue value : list(container, "value")) {
                found.add((AnnotationMirror) value.getValue());
            }
        }
        return found;
    }

    /** Returns one value of an annotation, its default when not written. */
    AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("No value " + name + " in " + mirror);
    }

    String string(AnnotationMirror mirror, String name) {
        return (String) value(mirror, name).getValue();
    }

    long longValue(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).longValue();
    }

    /** Returns the constant name of an enum value. */
    String enumConstant(AnnotationMirror mirror, String name) {
        return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
    }

    AnnotationMirror annotation(AnnotationMirror mirror, String name) {
        return (AnnotationMirror) value(mirror, name).getValue();
    }

    /**
     * Returns a class value, or null when javac could not resolve the class: it then gives the
     * text {@code "<error>"}, or an {@code ERROR} type, and reports the unknown class itself.
     */
    TypeMirror type(AnnotationMirror mirror, String name) {
        return value(mirror, name).getValue() instanceof DeclaredType type && !MissingTypes.isMissing(type) ? type : null;
    }

    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
        return (List<? extends AnnotationValue>) value(mirror, name).getValue();
    }
}
