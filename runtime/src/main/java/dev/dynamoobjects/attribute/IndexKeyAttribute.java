package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.SortKeyCondition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Conditions;
import dev.dynamoobjects.internal.expression.Updates;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A key of a secondary index that is no key of the table (neither string nor number; see
 * {@link StringIndexKeyAttribute} and {@link NumberIndexKeyAttribute} for those). Its conditions
 * filter only the queries where it is no key; the comparisons of an index's sort key are also the
 * key conditions of the indexes it sorts. It can be updated.
 *
 * <pre>{@code
 * readings.queryByLevel(Level.HIGH, ReadingTable.AT.gt(yesterday));
 * readings.query("sensor-1").filter(ReadingTable.AT.gt(yesterday));   // at keys no table query
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the key's Java type
 * @param <K> the marker of this key ({@code ReadingTable.AtKey})
 */
public class IndexKeyAttribute<R, V, K> extends QueryKeyAttribute<R, V, K> {
    /** Creates a reference; generated code calls this. */
    public IndexKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    @Override
    public final SortKeyCondition<R, K> eq(V value) {
        return Conditions.sortKey(name(), super.eq(value));
    }

    @Override
    public final SortKeyCondition<R, K> lt(V value) {
        return Conditions.sortKey(name(), super.lt(value));
    }

    @Override
    public final SortKeyCondition<R, K> le(V value) {
        return Conditions.sortKey(name(), super.le(value));
    }

    @Override
    public final SortKeyCondition<R, K> gt(V value) {
        return Conditions.sortKey(name(), super.gt(value));
    }

    @Override
    public final SortKeyCondition<R, K> ge(V value) {
        return Conditions.sortKey(name(), super.ge(value));
    }

    @Override
    public final SortKeyCondition<R, K> between(V low, V high) {
        return Conditions.sortKey(name(), super.between(low, high));
    }

    /** The update action {@code SET attribute = value}. */
    public final Update<R> set(V value) {
        return Updates.set(name(), encode(value));
    }

    /** The update action that sets the attribute only when it has no value yet. */
    public final Update<R> setIfAbsent(V value) {
        return Updates.setIfAbsent(name(), encode(value));
    }

    /** The update action {@code REMOVE attribute}. */
    public final Update<R> remove() {
        return Updates.remove(name());
    }
}
