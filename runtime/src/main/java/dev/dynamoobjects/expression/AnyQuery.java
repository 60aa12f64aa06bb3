package dev.dynamoobjects.expression;

/**
 * The marker of a {@link Filter} that every query takes: one on an attribute that is no key of the
 * table and of no index. Each generated table declares one marker per query ({@code
 * ProductTable.TableQuery}, {@code ProductTable.ByCategoryQuery}) that extends this one and the
 * markers of the key attributes it may filter on. Never implemented.
 *
 * <pre>{@code
 * Filter<Product, AnyQuery> inStock = ProductTable.STOCK.gt(0);
 * products.query("s1").filter(inStock);
 * products.queryByCategory("hats").filter(inStock);
 * }</pre>
 */
public interface AnyQuery {
}
