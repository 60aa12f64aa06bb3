package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.ExpressionAccess;
import dev.dynamoobjects.internal.expression.Renderer;
import java.util.Objects;

/**
 * A typed condition on the attributes of record type {@code R}: the condition of a conditional
 * write, or a filter of a scan. Built from the attribute constants of the generated table class
 * and combined with {@link #and}, {@link #or} and {@link #not}. Each condition built from
 * one attribute is a {@link Filter}, which the queries where that attribute is no key accept as
 * well; combined with a plain condition it is one.
 *
 * <pre>{@code
 * Condition<Store> open = StoreTable.STATUS.eq("OPEN").and(StoreTable.NAME.beginsWith("Co"));
 * stores.save(store, open.or(StoreTable.STORE_ID.notExists()));
 * }</pre>
 *
 * @param <R> the record type the condition is about
 */
public class Condition<R> {
    static {
        ExpressionAccess.install(new OpenedToInternals());
    }

    private final Renderer renderer;

    Condition(Renderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Writes the condition as DynamoDB expression text, taking names and values from
     * {@code placeholders}.
     */
    public final String render(Placeholders placeholders) {
        return renderer.render(placeholders);
    }

    /** Returns a condition true when this one and {@code other} are. */
    public final Condition<R> and(Condition<R> other) {
        Objects.requireNonNull(other, "other");
        return new Condition<>(p -> "(" + render(p) + ") AND (" + other.render(p) + ")");
    }

    /** Returns a condition true when this one or {@code other} is. */
    public final Condition<R> or(Condition<R> other) {
        Objects.requireNonNull(other, "other");
        return new Condition<>(p -> "(" + render(p) + ") OR (" + other.render(p) + ")");
    }

    /** Returns a condition true when this one is false; a {@link Filter} stays one. */
    public Condition<R> not() {
        return new Condition<>(p -> "NOT (" + render(p) + ")");
    }

    /** Returns the condition with names and values written out, for messages and logs. */
    @Override
    public final String toString() {
        return render(ReadableText.INSTANCE);
    }
}
