package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.IndexSortKeyCondition;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;

/**
 * A {@code String} sort key of a secondary index that is no key of the table: its comparisons and
 * {@code begins_with} are {@link KeyCondition}s of the indexes it sorts (and filters too); it can be
 * updated.
 *
 * <pre>{@code
 * products.queryByName("s1", ProductTable.NAME.beginsWith("Hat"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the marker of this sort key ({@code ProductTable.SortedByName})
 */
public class StringIndexSortKeyAttribute<R, S> extends StringAttribute<R> {
    /** Creates a reference; generated code calls this. */
    public StringIndexSortKeyAttribute(String name) {
        super(name);
    }

    @Override
    public final IndexSortKeyCondition<R, S> eq(String value) {
        return Conditions.indexSortKey(name(), super.eq(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> lt(String value) {
        return Conditions.indexSortKey(name(), super.lt(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> le(String value) {
        return Conditions.indexSortKey(name(), super.le(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> gt(String value) {
        return Conditions.indexSortKey(name(), super.gt(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> ge(String value) {
        return Conditions.indexSortKey(name(), super.ge(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> between(String low, String high) {
        return Conditions.indexSortKey(name(), super.between(low, high));
    }

    @Override
    public final IndexSortKeyCondition<R, S> beginsWith(String prefix) {
        return Conditions.indexSortKey(name(), super.beginsWith(prefix));
    }
}
