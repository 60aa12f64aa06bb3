package dev.dynamoobjects.processor.parse;

import com.squareup.javapoet.ClassName;
import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks the {@code @Derived} methods of a record or document, which the generated classes leave
 * to the interface's body and never store: each needs that body, carries no annotation that only a
 * stored attribute can use, and has a name that the generated immutable class leaves free. Every
 * component of a Java record is stored, so none can be derived.
 */
final class DerivedMethods {
    /** The annotations that describe how an attribute is stored, meaningless on a derived method. */
    private static final List<String> STORED_ONLY = List.of(RuntimeNames.KEY, RuntimeNames.SORT_KEY,
            RuntimeNames.ATTRIBUTE, RuntimeNames.CONVERT, RuntimeNames.EPOCH, RuntimeNames.VERSION, RuntimeNames.TTL,
            RuntimeNames.AUTO_INCREMENT, RuntimeNames.GENERATED_UUID, RuntimeNames.CREATED_AT, RuntimeNames.UPDATED_AT);

    private final Annotations annotations;
    private final Problems problems;

    DerivedMethods(Annotations annotations, Problems problems) {
        this.annotations = annotations;
        this.problems = problems;
    }

    /**
     * Reports every misused {@code @Derived} of the type and of the interfaces it inherits from;
     * returns the names of an interface's derived methods, in declaration order.
     */
    List<String> check(TypeElement type) {
        List<String> derived = new ArrayList<>();
        if (type.getKind() == ElementKind.RECORD) {
            type.getRecordComponents().forEach(this::checkComponent);
        } else {
            checkInherited(type, type, new HashSet<>(), derived);
        }
        return derived;
    }

    /** Checks the derived methods that {@code type} sees, an override hiding what it overrides. */
    private void checkInherited(TypeElement record, TypeElement type, Set<String> seen, List<String> derived) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            boolean visible = !method.getModifiers().contains(Modifier.STATIC) && method.getParameters().isEmpty()
                    && seen.add(method.getSimpleName().toString());
            if (visible && Accessors.isDerived(method)) {
                checkMethod(record, method);
                derived.add(method.getSimpleName().toString());
            }
        }
        for (TypeMirror parent : type.getInterfaces()) {
            if (parent.getKind() == TypeKind.DECLARED) {
                checkInherited(record, (TypeElement) ((DeclaredType) parent).asElement(), seen, derived);
            }
        }
    }

    private void checkMethod(TypeElement record, ExecutableElement method) {
        String name = method.getSimpleName().toString();
        if (!method.isDefault()) {
            problems.error(method, Message.DERIVED_WITHOUT_BODY, name);
        }
        for (String stored : STORED_ONLY) {
            AnnotationMirror mirror = annotations.find(method, stored);
            if (mirror != null) {
                String annotation = ManagedAttributes.simpleName(stored);
                problems.error(method, mirror, Message.DERIVED_AND_STORED, name, annotation, annotation);
            }
        }
        if (GeneratedNames.clashesWithImmutable(name)) {
            String immutable = GeneratedNames.of(ClassName.get(record), false).immutable().simpleName();
            problems.error(method, Message.DERIVED_NAME_TAKEN, name, immutable, name + "Value");
        }
    }

    /** A component's annotation that targets methods only is found on its accessor. */
    private void checkComponent(RecordComponentElement component) {
        ExecutableElement accessor = component.getAccessor();
        if (accessor != null && Accessors.isDerived(accessor)) {
            problems.error(component, Message.DERIVED_COMPONENT, component.getSimpleName(),
                    component.getEnclosingElement().getSimpleName());
        }
    }
}
