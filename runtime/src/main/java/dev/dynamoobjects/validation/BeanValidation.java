package dev.dynamoobjects.validation;

import dev.dynamoobjects.exception.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jakarta Bean Validation of records; the only class that touches the API, so the runtime runs
 * without it. Accessors such as {@code name()} are not JavaBeans getters, so their constraints are
 * the constraints of the accessor's return value: each constrained accessor of the record's
 * interfaces is called and its value validated; class-level constraints are validated as usual.
 */
final class BeanValidation {
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final ClassValue<List<Method>> constrainedAccessors = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    List<Violation> violations(Object record) {
        List<Violation> violations = new ArrayList<>();
        validator.validate(record).forEach(v -> violations.add(violation(v, "")));
        for (Method accessor : constrainedAccessors.get(record.getClass())) {
            Object value = invoke(accessor, record);
            validator.forExecutables().validateReturnValue(record, accessor, value)
                    .forEach(v -> violations.add(violation(v, accessor.getName())));
        }
        violations.sort(Comparator.comparing(Violation::attribute).thenComparing(Violation::constraint));
        return violations;
    }

    private List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Class<?> contract : interfaces(type)) {
            BeanDescriptor descriptor = validator.getConstraintsForClass(contract);
            for (Method method : contract.getDeclaredMethods()) {
                if (isAccessor(method) && isConstrained(descriptor, method)) {
                    accessors.add(method);
                }
            }
        }
        return List.copyOf(accessors);
    }

    private static boolean isAccessor(Method method) {
        return method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic();
    }

    private static boolean isConstrained(BeanDescriptor descriptor, Method method) {
        var described = descriptor.getConstraintsForMethod(method.getName());
        return described != null && described.getReturnValueDescriptor() != null
                && (described.getReturnValueDescriptor().hasConstraints()
                        || described.getReturnValueDescriptor().isCascaded());
    }

    private static Set<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            collect(c.getInterfaces(), all);
        }
        return all;
    }

    private static void collect(Class<?>[] interfaces, Set<Class<?>> all) {
        for (Class<?> i : interfaces) {
            if (all.add(i)) {
                collect(i.getInterfaces(), all);
            }
        }
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + accessor + " to validate it; make the record"
                    + " interface public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(accessor + " threw while the record was validated", e.getCause());
        }
    }

    private static Violation violation(ConstraintViolation<?> v, String accessor) {
        String path = v.getPropertyPath().toString();
        // A return-value path reads "name.<return value>" or "name.<return value>.city"; keep the accessor and what follows.
        String attribute = accessor.isEmpty() ? path
                : accessor + path.substring(path.indexOf(">") + 1);
        return new Violation(attribute, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                v.getMessage(), String.valueOf(v.getInvalidValue()));
    }
}
