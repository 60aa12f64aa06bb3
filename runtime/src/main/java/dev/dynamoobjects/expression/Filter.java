package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;
import java.util.Objects;

/**
 * A condition that names no key attribute of the table, so that a query of the table or of a
 * local index may filter on it: DynamoDB refuses a query filter on the keys of what it queries.
 * The constants of attributes that are no table key build filters; those of the table's
 * partition and sort key build plain {@link Condition}s, which scans and writes still take.
 * Filters combined with filters stay filters; combined with a plain condition they are one.
 *
 * <pre>{@code
 * Filter<Product> cheapHats = ProductTable.CATEGORY.eq("hats").and(ProductTable.PRICE.lt(20L));
 * products.query("s1").filter(cheapHats);                 // compiles
 * products.query("s1").filter(ProductTable.SKU.eq("a"));  // does not: sku is the table's sort key
 * }</pre>
 *
 * @param <R> the record type the condition is about
 */
public class Filter<R> extends Condition<R> {
    Filter(Renderer renderer) {
        super(renderer);
    }

    /** Returns a filter true when this one and {@code other} are. */
    public final Filter<R> and(Filter<R> other) {
        Objects.requireNonNull(other, "other");
        return new Filter<>(p -> "(" + render(p) + ") AND (" + other.render(p) + ")");
    }

    /** Returns a filter true when this one or {@code other} is. */
    public final Filter<R> or(Filter<R> other) {
        Objects.requireNonNull(other, "other");
        return new Filter<>(p -> "(" + render(p) + ") OR (" + other.render(p) + ")");
    }

    /** Returns a filter true when this one is false. */
    @Override
    public final Filter<R> not() {
        return new Filter<>(p -> "NOT (" + render(p) + ")");
    }
}
