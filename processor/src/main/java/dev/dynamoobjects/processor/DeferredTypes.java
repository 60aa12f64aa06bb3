package dev.dynamoobjects.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The records and documents put off to a later round because they refer to a type that does not
 * exist yet, as AutoValue and Dagger do. Kept by name, in the order they were met: javac builds
 * new elements each round, and an element of an earlier round would show the type still missing.
 */
final class DeferredTypes {
    /** Whether each type is a {@code @Record} (true) or a {@code @Document}, by qualified name. */
    private final Map<String, Boolean> records = new LinkedHashMap<>();

    void defer(TypeElement type, boolean record) {
        records.put(type.getQualifiedName().toString(), record);
    }

    /**
     * Returns the types put off so far as elements of the current round, each mapped to whether it
     * is a record, and forgets them: the caller defers again those still incomplete.
     */
    Map<TypeElement, Boolean> takeAll(Elements elements) {
        Map<TypeElement, Boolean> types = new LinkedHashMap<>();
        records.forEach((name, record) -> {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.put(type, record);
            }
        });
        records.clear();
        return types;
    }
}
