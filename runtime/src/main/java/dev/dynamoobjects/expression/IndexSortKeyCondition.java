package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;

/**
 * A key condition on the sort key of an index that is no key of the table: also a {@link Filter},
 * since a query of the table (or of another index) may filter on it. Created by the sort-key
 * constants.
 *
 * <pre>{@code
 * products.queryByCategory("hats", ProductTable.PRICE.lt(20L));   // the index's key condition
 * products.query("s1").filter(ProductTable.PRICE.lt(20L));        // a filter of the table query
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the marker of the sort key's attribute ({@code ProductTable.SortedByPrice})
 */
public final class IndexSortKeyCondition<R, S> extends Filter<R> implements KeyCondition<R, S> {
    private final String attributeName;

    IndexSortKeyCondition(String attributeName, Renderer renderer) {
        super(renderer);
        this.attributeName = attributeName;
    }

    @Override
    public String attributeName() {
        return attributeName;
    }
}
