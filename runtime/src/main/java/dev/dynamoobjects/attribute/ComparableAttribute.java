package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.internal.expression.Conditions;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute stored as a DynamoDB string, number or binary, whose values can be ordered; no key
 * of the table or of an index.
 *
 * <pre>{@code
 * ProductTable.PRICE.between(10L, 20L)
 * }</pre>
 *
 * @param <R> the record type
 * @param <V> the attribute's Java type
 */
public class ComparableAttribute<R, V> extends ValueAttribute<R, V> {
    /** Creates a reference; generated code calls this. */
    public ComparableAttribute(String name, Function<? super V, AttributeValue> encoder) {
        super(name, encoder);
    }

    /** {@code attribute < value}. */
    public Filter<R, AnyQuery> lt(V value) {
        return Conditions.compare(name(), Comparison.LT, encode(value));
    }

    /** {@code attribute <= value}. */
    public Filter<R, AnyQuery> le(V value) {
        return Conditions.compare(name(), Comparison.LE, encode(value));
    }

    /** {@code attribute > value}. */
    public Filter<R, AnyQuery> gt(V value) {
        return Conditions.compare(name(), Comparison.GT, encode(value));
    }

    /** {@code attribute >= value}. */
    public Filter<R, AnyQuery> ge(V value) {
        return Conditions.compare(name(), Comparison.GE, encode(value));
    }

    /** {@code attribute BETWEEN low AND high}, both ends included. */
    public Filter<R, AnyQuery> between(V low, V high) {
        return Conditions.between(name(), encode(low), encode(high));
    }
}
