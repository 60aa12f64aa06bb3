package dev.dynamoobjects.internal.expression;

import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.expression.Placeholders;
import dev.dynamoobjects.expression.SortKeyCondition;
import dev.dynamoobjects.expression.Update;
import java.util.List;
import java.util.Objects;

/**
 * The way from {@link Conditions} and {@link Updates} to the constructors of the typed conditions
 * and updates, which stay package-private so that only attribute constants create them. The
 * expression package installs its {@link Internals} when {@link Condition} is initialised.
 */
public final class ExpressionAccess {
    private static volatile Internals internals;

    private ExpressionAccess() {
    }

    /** What the expression package opens to the runtime's internals. */
    public interface Internals {
        <R, Q> Filter<R, Q> filter(Renderer renderer);

        <R, S> SortKeyCondition<R, S> sortKeyCondition(String attribute, Renderer renderer);

        <R> Update<R> update(UpdateClause clause, Renderer renderer);

        /** Writes the update expression of several actions, grouped by clause. */
        String render(List<? extends Update<?>> updates, Placeholders placeholders);
    }

    /** Called once, by {@link Condition}'s static initialiser. */
    public static void install(Internals opened) {
        if (internals != null) {
            throw new IllegalStateException("already installed");
        }
        internals = Objects.requireNonNull(opened, "opened");
    }

    static Internals internals() {
        Internals opened = internals;
        if (opened == null) {
            initialize(Condition.class);
            opened = internals;
        }
        return opened;
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
