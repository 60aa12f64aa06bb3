package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;
import dev.dynamoobjects.internal.expression.UpdateClause;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
    private final UpdateClause clause;
    private final Renderer renderer;

    Update(UpdateClause clause, Renderer renderer) {
        this.clause = clause;
        this.renderer = renderer;
    }

    /**
     * Writes the update expression of several actions, grouped by clause:
     * {@code SET #a0 = :v0, #a1 = :v1 ADD #a2 :v2}.
     */
    static String render(List<? extends Update<?>> updates, Placeholders placeholders) {
        Map<UpdateClause, StringJoiner> clauses = new EnumMap<>(UpdateClause.class);
        for (Update<?> update : updates) {
            clauses.computeIfAbsent(update.clause, c -> new StringJoiner(", ", c.name() + " ", ""))
                    .add(update.renderer.render(placeholders));
        }
        StringJoiner expression = new StringJoiner(" ");
        clauses.values().forEach(clause -> expression.add(clause.toString()));
        return expression.toString();
    }

    /** Returns the action with names and values written out, for messages and logs. */
    @Override
    public String toString() {
        return render(List.of(this), ReadableText.INSTANCE);
    }
}
