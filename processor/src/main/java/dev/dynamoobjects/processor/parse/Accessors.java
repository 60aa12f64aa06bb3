package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.RuntimeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Lists the methods of an interface that may be attributes: its own and its super-interfaces'
 * abstract methods, and its default methods without parameters that return a value, in
 * declaration order, an override hiding what it overrides. A {@code @Derived} method is never an
 * attribute, and hides the accessor it overrides too. For a Java record: its components.
 */
final class Accessors {

    private Accessors() {
    }

    static List<Element> of(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            // The components, not their implicit accessors: those have no source position for errors.
            return List.copyOf(type.getRecordComponents());
        }
        List<Element> methods = new ArrayList<>();
        collect(type, new HashSet<>(), methods);
        return methods;
    }

    private static void collect(TypeElement type, Set<String> seen, List<Element> methods) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (isDerived(method)) {
                seen.add(method.getSimpleName().toString());
            } else if (candidate(method) && seen.add(method.getSimpleName().toString())) {
                methods.add(method);
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) parent).asElement(), seen, methods);
            }
        }
    }

    private static boolean candidate(ExecutableElement method) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)) {
            return false;
        }
        if (redeclaresObjectMethod(method)) {
            return false;
        }
        // A default method with parameters or no result, or a write hook, is behaviour, not an attribute.
        return !method.isDefault()
                || (method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
                        && !isBeforeWrite(method));
    }

    /**
     * Returns true for {@code equals(Object)}, {@code hashCode()} and {@code toString()}, which an
     * interface may redeclare and the generated class implements; {@code equals()} without
     * parameters is not one of them, and is reported as a clash with a generated member.
     */
    private static boolean redeclaresObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        int parameters = method.getParameters().size();
        return name.equals("equals") ? parameters == 1 : parameters == 0 && (name.equals("hashCode") || name.equals("toString"));
    }

    private static boolean isBeforeWrite(ExecutableElement method) {
        return has(method, RuntimeNames.BEFORE_WRITE);
    }

    /** Returns true for a method marked {@code @Derived}: computed on every call, never stored. */
    static boolean isDerived(ExecutableElement method) {
        return has(method, RuntimeNames.DERIVED);
    }

    private static boolean has(ExecutableElement method, String annotation) {
        return method.getAnnotationMirrors().stream().anyMatch(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName().contentEquals(annotation));
    }
}
