package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Conditions;
import dev.dynamoobjects.expression.KeyCondition;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key of a table or index. Its comparisons are {@link KeyCondition}s, which a query
 * accepts as its sort-key condition (and which still work as filters and write conditions).
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.between("a", "m"));
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the sort key's Java type
 */
public class SortKeyAttribute<R, V> extends ComparableAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public SortKeyAttribute(String name, Function<? super V, AttributeValue> encoder) {
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
