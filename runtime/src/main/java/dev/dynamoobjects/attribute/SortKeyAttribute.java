package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.expression.SortKeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sort key that is a key attribute of the table: the table's sort key ({@code ProductTable.SKU}),
 * or its partition key when an index sorts by it. Its comparisons are {@link KeyCondition}s typed
 * by the attribute's marker {@code S}, which only the query methods of the table and indexes it
 * sorts take; like every table key it has no update actions, and its conditions filter only the
 * queries where it is no key.
 *
 * <pre>{@code
 * tickets.query("board-1", TicketTable.NUMBER.between(10L, 20L));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the sort key's Java type
 * @param <S> the marker of this sort key ({@code ProductTable.SkuKey})
 */
public class SortKeyAttribute<R, V, S> extends TableKeyAttribute<R, V, S> {
    /** Creates a reference; generated code calls this. */
    public SortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    @Override
    public final SortKeyCondition<R, S> eq(V value) {
        return Conditions.sortKey(name(), super.eq(value));
    }

    @Override
    public final SortKeyCondition<R, S> lt(V value) {
        return Conditions.sortKey(name(), super.lt(value));
    }

    @Override
    public final SortKeyCondition<R, S> le(V value) {
        return Conditions.sortKey(name(), super.le(value));
    }

    @Override
    public final SortKeyCondition<R, S> gt(V value) {
        return Conditions.sortKey(name(), super.gt(value));
    }

    @Override
    public final SortKeyCondition<R, S> ge(V value) {
        return Conditions.sortKey(name(), super.ge(value));
    }

    @Override
    public final SortKeyCondition<R, S> between(V low, V high) {
        return Conditions.sortKey(name(), super.between(low, high));
    }
}
