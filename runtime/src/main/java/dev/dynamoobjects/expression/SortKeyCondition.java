package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;

/**
 * A key condition on a sort key ({@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, between,
 * begins_with), typed by the sort key's marker {@code S}: the key condition of the queries it
 * sorts, and a filter of the other queries, where it is no key. Created by the key constants.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("hat-"));          // the table's key condition
 * products.queryByCategory("hats").filter(ProductTable.SKU.eq("a"));  // a filter: sku keys no global index
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the marker of the sort key's attribute ({@code ProductTable.SkuKey})
 */
public final class SortKeyCondition<R, S> extends Filter<R, S> implements KeyCondition<R, S> {
    private final String attributeName;

    SortKeyCondition(String attributeName, Renderer renderer) {
        super(renderer);
        this.attributeName = attributeName;
    }

    @Override
    public String attributeName() {
        return attributeName;
    }
}
