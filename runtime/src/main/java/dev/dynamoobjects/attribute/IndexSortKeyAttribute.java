package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.IndexSortKeyCondition;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key of a secondary index that is no key of the table (neither string nor number; see
 * {@link StringIndexSortKeyAttribute} and {@link NumberSortKeyAttribute} for those). Its
 * comparisons are {@link KeyCondition}s of the indexes it sorts, and filters too; it can be updated.
 *
 * <pre>{@code
 * readings.queryByLevel(Level.HIGH, ReadingTable.AT.gt(yesterday));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the sort key's Java type
 * @param <S> the marker of this sort key ({@code ReadingTable.SortedByAt})
 */
public class IndexSortKeyAttribute<R, V, S> extends ComparableAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public IndexSortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    @Override
    public final IndexSortKeyCondition<R, S> eq(V value) {
        return Conditions.indexSortKey(name(), super.eq(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> lt(V value) {
        return Conditions.indexSortKey(name(), super.lt(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> le(V value) {
        return Conditions.indexSortKey(name(), super.le(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> gt(V value) {
        return Conditions.indexSortKey(name(), super.gt(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> ge(V value) {
        return Conditions.indexSortKey(name(), super.ge(value));
    }

    @Override
    public final IndexSortKeyCondition<R, S> between(V low, V high) {
        return Conditions.indexSortKey(name(), super.between(low, high));
    }
}
