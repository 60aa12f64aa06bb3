package dev.dynamoobjects.attribute;

import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Filter;
import dev.dynamoobjects.internal.expression.Conditions;

/**
 * The size of an attribute in conditions: characters of a string, bytes of a binary, elements of
 * a set, list or map.
 *
 * <pre>{@code
 * StoreTable.TAGS.size().gt(3)
 * }</pre>
 *
 * @param <R> the record type
 * @param <K> the marker of the attribute's filters ({@code AnyQuery} unless it is a key)
 */
public final class Size<R, K> {
    private final String attribute;

    Size(String attribute) {
        this.attribute = attribute;
    }

    /** {@code size(attribute) = n}. */
    public Filter<R, K> eq(long n) {
        return Conditions.sizeCompare(attribute, Comparison.EQ, n);
    }

    /** {@code size(attribute) <> n}. */
    public Filter<R, K> ne(long n) {
        return Conditions.sizeCompare(attribute, Comparison.NE, n);
    }

    /** {@code size(attribute) < n}. */
    public Filter<R, K> lt(long n) {
        return Conditions.sizeCompare(attribute, Comparison.LT, n);
    }

    /** {@code size(attribute) <= n}. */
    public Filter<R, K> le(long n) {
        return Conditions.sizeCompare(attribute, Comparison.LE, n);
    }

    /** {@code size(attribute) > n}. */
    public Filter<R, K> gt(long n) {
        return Conditions.sizeCompare(attribute, Comparison.GT, n);
    }

    /** {@code size(attribute) >= n}. */
    public Filter<R, K> ge(long n) {
        return Conditions.sizeCompare(attribute, Comparison.GE, n);
    }

    /** {@code size(attribute) BETWEEN low AND high}. */
    public Filter<R, K> between(long low, long high) {
        return Conditions.sizeBetween(attribute, low, high);
    }
}
