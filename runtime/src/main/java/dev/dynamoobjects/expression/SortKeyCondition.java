package dev.dynamoobjects.expression;

import dev.dynamoobjects.internal.expression.Renderer;

/**
 * A key condition on a sort key that is also a key attribute of the table: no {@link Filter},
 * since DynamoDB refuses query filters on the table's keys. Created by the sort-key constants.
 *
 * <pre>{@code
 * SortKeyCondition<Product, ProductTable.SortedBySku> hats = ProductTable.SKU.beginsWith("hat-");
 * products.query("s1", hats);
 * }</pre>
 *
 * @param <R> the record type
 * @param <S> the marker of the sort key's attribute ({@code ProductTable.SortedBySku})
 */
public final class SortKeyCondition<R, S> extends Condition<R> implements KeyCondition<R, S> {
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
