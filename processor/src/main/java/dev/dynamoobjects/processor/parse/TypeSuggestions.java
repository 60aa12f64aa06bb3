package dev.dynamoobjects.processor.parse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the type a message suggests instead of the one the user wrote, so that a message never
 * suggests the very type it refuses.
 */
final class TypeSuggestions {
    /** A usable parameterization of each container, for raw types. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "java.util.List", "List<String>",
            "java.util.Set", "Set<String>",
            "java.util.Map", "Map<String, String>",
            "java.util.Optional", "Optional<String>");

    private TypeSuggestions() {
    }

    static boolean isContainer(DeclaredType type) {
        return EXAMPLES.containsKey(qualifiedName(type));
    }

    /** Returns an example of a raw container with type arguments: {@code List} gives {@code List<String>}. */
    static String parameterized(DeclaredType raw) {
        return EXAMPLES.get(qualifiedName(raw));
    }

    /**
     * Returns the type with every Optional below the top level replaced by its element:
     * {@code Optional<Optional<String>>} gives {@code Optional<String>}, {@code List<Optional<String>>}
     * gives {@code List<String>} (a list holds nulls).
     */
    static String withoutInnerOptionals(TypeMirror type) {
        if (isOptional(type)) {
            return "Optional<" + withoutOptionals(((DeclaredType) type).getTypeArguments().get(0)) + ">";
        }
        return withoutOptionals(type);
    }

    private static String withoutOptionals(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return type.toString();
        }
        DeclaredType declared = (DeclaredType) type;
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (isOptional(type) && arguments.size() == 1) {
            return withoutOptionals(arguments.get(0));
        }
        String name = ((TypeElement) declared.asElement()).getSimpleName().toString();
        return arguments.isEmpty() ? name : name + arguments.stream()
                .map(TypeSuggestions::withoutOptionals).collect(Collectors.joining(", ", "<", ">"));
    }

    private static boolean isOptional(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals("java.util.Optional");
    }

    private static String qualifiedName(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().toString();
    }
}
