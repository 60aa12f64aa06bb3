package dev.dynamoobjects.internal.expression;

import dev.dynamoobjects.expression.Placeholders;
import dev.dynamoobjects.expression.Update;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds update actions from attribute names and encoded values. The typed attribute constants
 * ({@code StoreTable.NAME.set("x")}) call these, as do the runtime's writes (version increments);
 * application code uses the constants.
 */
public final class Updates {
    private Updates() {
    }

    /** {@code SET attribute = value}. */
    public static <R> Update<R> set(String attribute, AttributeValue value) {
        return update(UpdateClause.SET, p -> p.name(attribute) + " = " + p.value(value));
    }

    /** {@code SET attribute = if_not_exists(attribute, value)}: sets it only when it has no value. */
    public static <R> Update<R> setIfAbsent(String attribute, AttributeValue value) {
        return update(UpdateClause.SET, p -> {
            String name = p.name(attribute);
            return name + " = if_not_exists(" + name + ", " + p.value(value) + ")";
        });
    }

    /** Appends {@code list} to a list attribute, creating it when missing. */
    public static <R> Update<R> append(String attribute, AttributeValue list) {
        return update(UpdateClause.SET, p -> {
            String name = p.name(attribute);
            return name + " = list_append(" + orEmptyList(name, p) + ", " + p.value(list) + ")";
        });
    }

    /** Puts {@code list} in front of a list attribute, creating it when missing. */
    public static <R> Update<R> prepend(String attribute, AttributeValue list) {
        return update(UpdateClause.SET, p -> {
            String name = p.name(attribute);
            return name + " = list_append(" + p.value(list) + ", " + orEmptyList(name, p) + ")";
        });
    }

    /** {@code ADD attribute value}: adds to a number (missing counts as 0) or adds elements to a set. */
    public static <R> Update<R> add(String attribute, AttributeValue value) {
        return update(UpdateClause.ADD, p -> p.name(attribute) + " " + p.value(value));
    }

    /** {@code DELETE attribute elements}: removes elements from a set. */
    public static <R> Update<R> delete(String attribute, AttributeValue elements) {
        return update(UpdateClause.DELETE, p -> p.name(attribute) + " " + p.value(elements));
    }

    /** {@code REMOVE attribute}. */
    public static <R> Update<R> remove(String attribute) {
        return update(UpdateClause.REMOVE, p -> p.name(attribute));
    }


    private static String orEmptyList(String name, Placeholders p) {
        return "if_not_exists(" + name + ", " + p.value(AttributeValue.fromL(List.of())) + ")";
    }

    /**
     * Writes the update expression of several actions, grouped by clause:
     * {@code SET #a0 = :v0, #a1 = :v1 ADD #a2 :v2}.
     */
    public static String render(List<? extends Update<?>> updates, Placeholders placeholders) {
        return ExpressionAccess.internals().render(updates, placeholders);
    }

    private static <R> Update<R> update(UpdateClause clause, Renderer renderer) {
        return ExpressionAccess.internals().update(clause, renderer);
    }
}
