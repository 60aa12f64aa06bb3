package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;
import java.util.Objects;

/**
 * A condition typed by the queries that may filter on it: DynamoDB refuses a query whose filter
 * names a key attribute of that query (the partition and sort key of the table for a table query;
 * the table's partition key and the index's sort key for a local index; the index's own keys for
 * a global index; see "Filter expressions for the Query operation" in the DynamoDB Developer Guide,
 * and DynamoDB's error "Filter Expression can only contain non-primary key attributes"). {@code Q} is a marker: {@link AnyQuery} for an attribute that is no key at all,
 * else the key attribute's marker declared by the generated table ({@code ProductTable.SkuKey}).
 * A query takes a filter when its own marker ({@code ProductTable.ByCategoryQuery}) extends
 * {@code Q}; the generated query markers extend the markers of the keys they may filter on.
 * Combining filters keeps the most restrictive marker; scans and writes take any condition.
 *
 * <pre>{@code
 * var hatsInStock = ProductTable.CATEGORY.eq("hats").and(ProductTable.STOCK.gt(0));  // Filter<Product, CategoryKey>
 * products.query("s1").filter(hatsInStock);                   // compiles: category is no key of the table
 * products.queryByCategory("hats").filter(hatsInStock);       // does not: category keys that index
 * }</pre>
 *
 * @param <R> the record type the condition is about
 * @param <Q> the marker of the queries that take it
 */
public class Filter<R, Q> extends Condition<R> {
    Filter(Renderer renderer) {
        super(renderer);
    }

    /**
     * Returns a filter true when this one and {@code other} are, which only the queries that take
     * both take.
     */
    public final <P extends Q> Filter<R, P> and(Filter<R, ? super P> other) {
        Objects.requireNonNull(other, "other");
        return new Filter<>(p -> "(" + render(p) + ") AND (" + other.render(p) + ")");
    }

    /**
     * Returns a filter true when this one or {@code other} is, which only the queries that take
     * both take.
     */
    public final <P extends Q> Filter<R, P> or(Filter<R, ? super P> other) {
        Objects.requireNonNull(other, "other");
        return new Filter<>(p -> "(" + render(p) + ") OR (" + other.render(p) + ")");
    }

    /** Returns a filter true when this one is false, taken by the same queries. */
    @Override
    public final Filter<R, Q> not() {
        return new Filter<>(p -> "NOT (" + render(p) + ")");
    }
}
