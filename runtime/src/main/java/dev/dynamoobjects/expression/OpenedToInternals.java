package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.ExpressionAccess;
import dev.dynamoobjects.internal.expression.Renderer;
import dev.dynamoobjects.internal.expression.UpdateClause;
import java.util.List;

/** The package-private constructors, opened to the runtime's internals through {@link ExpressionAccess}. */
final class OpenedToInternals implements ExpressionAccess.Internals {
    @Override
    public <R, Q> Filter<R, Q> filter(Renderer renderer) {
        return new Filter<>(renderer);
    }

    @Override
    public <R, S> SortKeyCondition<R, S> sortKeyCondition(String attribute, Renderer renderer) {
        return new SortKeyCondition<>(attribute, renderer);
    }

    @Override
    public <R> Update<R> update(UpdateClause clause, Renderer renderer) {
        return new Update<>(clause, renderer);
    }

    @Override
    public String render(List<? extends Update<?>> updates, Placeholders placeholders) {
        return Update.render(updates, placeholders);
    }
}
