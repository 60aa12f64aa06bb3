package dev.dynamoobjects.expression;

/**
 * A condition on the sort key of the table or of an index, which a query of that table or index
 * takes as its key condition: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, between
 * and begins_with. Only sort-key constants create one. The type parameter {@code S} is the
 * marker class the generated table declares for that sort-key attribute
 * ({@code ProductTable.SkuKey}), and each query method takes the key conditions of its own
 * sort key's marker: so a condition on another attribute does not compile, and an attribute that
 * sorts the table and an index (or two indexes) has one constant that all their queries take.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-"));       // KeyCondition<Product, SkuKey>
 * products.queryByCategory("hats", ProductTable.PRICE.lt(20L));      // KeyCondition<Product, PriceKey>
 * products.queryByCategory("hats", ProductTable.SKU.eq("a"));        // does not compile
 * }</pre>
 *
 * <p>Each is also a {@link SortKeyCondition}, usable in writes and scans like any other condition,
 * and as a filter of the queries where the attribute is no key.
 *
 * @param <R> the record type
 * @param <S> the marker of the sort key's attribute ({@code ProductTable.SkuKey})
 */
public interface KeyCondition<R, S> {
    /** Returns the name of the sort-key attribute the condition is on. */
    String attributeName();

    /** Writes the condition as DynamoDB expression text, taking names and values from {@code placeholders}. */
    String render(Placeholders placeholders);
}
