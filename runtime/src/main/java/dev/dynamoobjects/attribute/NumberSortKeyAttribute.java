package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Conditions;
import dev.dynamoobjects.expression.KeyCondition;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A number that is the sort key of a secondary index but no key of the table: its comparisons are
 * {@link KeyCondition}s for index queries, and, unlike a table key, it can still be updated and
 * incremented (a leaderboard's score).
 *
 * <pre>{@code
 * scores.queryByGame("chess", ScoreTable.POINTS.gt(1000L));
 * scores.increment("ann", ScoreTable.POINTS, 25);
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the Java number type
 */
public class NumberSortKeyAttribute<R, V extends Number> extends NumberAttribute<R, V> {
    /** Creates a reference with a specific encoding; generated code calls this. */
    public NumberSortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    @Override
    public final KeyCondition<R> eq(V value) {
        return Conditions.keyCompare(name(), Comparison.EQ, encode(value));
    }

    @Override
    public final KeyCondition<R> lt(V value) {
        return Conditions.keyCompare(name(), Comparison.LT, encode(value));
    }

    @Override
    public final KeyCondition<R> le(V value) {
        return Conditions.keyCompare(name(), Comparison.LE, encode(value));
    }

    @Override
    public final KeyCondition<R> gt(V value) {
        return Conditions.keyCompare(name(), Comparison.GT, encode(value));
    }

    @Override
    public final KeyCondition<R> ge(V value) {
        return Conditions.keyCompare(name(), Comparison.GE, encode(value));
    }

    @Override
    public final KeyCondition<R> between(V low, V high) {
        return Conditions.keyBetween(name(), encode(low), encode(high));
    }
}
