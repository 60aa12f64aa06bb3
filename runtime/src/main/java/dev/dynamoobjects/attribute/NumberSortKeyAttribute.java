package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.IndexSortKeyCondition;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A number that is the sort key of a secondary index but no key of the table: its comparisons are
 * {@link KeyCondition}s of the indexes it sorts (and filters too), and, unlike a table key, it can
 * still be updated and incremented (a leaderboard's score).
 *
 * <pre>{@code
 * scores.queryByGame("chess", ScoreTable.POINTS.gt(1000L));
 * scores.increment("ann", ScoreTable.POINTS, 25);
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the Java number type
 * @param <S> the marker of this sort key ({@code ScoreTable.SortedByPoints})
 */
public class NumberSortKeyAttribute<R, V extends Number, S> extends NumberAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public NumberSortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
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
