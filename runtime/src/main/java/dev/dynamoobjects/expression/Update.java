package dev.dynamoobjects.expression;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One typed update action on an attribute of record type {@code R}, built from the generated
 * attribute constants; an update request applies several at once.
 *
 * <pre>{@code
 * stores.update("s1", StoreTable.NAME.set("Corner"), StoreTable.VISITS.add(1), StoreTable.NOTE.remove());
 * }</pre>
 *
 * @param <R> the record type
 */
public final class Update<R> {
    /** The clauses of an update expression, in the order they are written. */
    enum Clause { SET, REMOVE, ADD, DELETE }

    private final Clause clause;
    private final Renderer renderer;

    private Update(Clause clause, Renderer renderer) {
        this.clause = clause;
        this.renderer = renderer;
    }

    /** {@code SET attribute = value}. */
    public static <R> Update<R> set(String attribute, AttributeValue value) {
        return new Update<>(Clause.SET, p -> p.name(attribute) + " = " + p.value(value));
    }

    /** {@code SET attribute = if_not_exists(attribute, value)}: sets it only when it has no value. */
    public static <R> Update<R> setIfAbsent(String attribute, AttributeValue value) {
        return new Update<>(Clause.SET, p -> {
            String name = p.name(attribute);
            return name + " = if_not_exists(" + name + ", " + p.value(value) + ")";
        });
    }

    /** Appends {@code list} to a list attribute, creating it when missing. */
    public static <R> Update<R> append(String attribute, AttributeValue list) {
        return new Update<>(Clause.SET, p -> {
            String name = p.name(attribute);
            return name + " = list_append(" + orEmptyList(name, p) + ", " + p.value(list) + ")";
        });
    }

    /** Puts {@code list} in front of a list attribute, creating it when missing. */
    public static <R> Update<R> prepend(String attribute, AttributeValue list) {
        return new Update<>(Clause.SET, p -> {
            String name = p.name(attribute);
            return name + " = list_append(" + p.value(list) + ", " + orEmptyList(name, p) + ")";
        });
    }

    /** {@code ADD attribute value}: adds to a number (missing counts as 0) or adds elements to a set. */
    public static <R> Update<R> add(String attribute, AttributeValue value) {
        return new Update<>(Clause.ADD, p -> p.name(attribute) + " " + p.value(value));
    }

    /** {@code DELETE attribute elements}: removes elements from a set. */
    public static <R> Update<R> delete(String attribute, AttributeValue elements) {
        return new Update<>(Clause.DELETE, p -> p.name(attribute) + " " + p.value(elements));
    }

    /** {@code REMOVE attribute}. */
    public static <R> Update<R> remove(String attribute) {
        return new Update<>(Clause.REMOVE, p -> p.name(attribute));
    }

    /**
     * Writes the update expression of several actions, grouped by clause:
     * {@code SET #a0 = :v0, #a1 = :v1 ADD #a2 :v2}.
     */
    public static String render(List<? extends Update<?>> updates, Placeholders placeholders) {
        Map<Clause, StringJoiner> clauses = new EnumMap<>(Clause.class);
        for (Update<?> update : updates) {
            clauses.computeIfAbsent(update.clause, c -> new StringJoiner(", ", c.name() + " ", ""))
                    .add(update.renderer.render(placeholders));
        }
        StringJoiner expression = new StringJoiner(" ");
        clauses.values().forEach(clause -> expression.add(clause.toString()));
        return expression.toString();
    }

    private static String orEmptyList(String name, Placeholders p) {
        return "if_not_exists(" + name + ", " + p.value(AttributeValue.fromL(List.of())) + ")";
    }

    /** Returns the action with names and values written out, for messages and logs. */
    @Override
    public String toString() {
        return render(List.of(this), ReadableText.INSTANCE);
    }
}
