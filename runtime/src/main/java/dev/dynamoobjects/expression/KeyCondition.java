package dev.dynamoobjects.expression;

/**
 * A condition on the sort key of the table or of an index, which a query of that table or index
 * takes as its key condition: {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, between
 * and begins_with. Only sort-key constants create one. The type parameter {@code S} is the
 * marker class the generated table declares for that sort-key attribute
 * ({@code ProductTable.SortedBySku}), and each query method takes the key conditions of its own
 * sort key's marker: so a condition on another attribute does not compile, and an attribute that
 * sorts the table and an index (or two indexes) has one constant that all their queries take.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-"));       // KeyCondition<Product, SortedBySku>
 * products.queryByCategory("hats", ProductTable.PRICE.lt(20L));      // KeyCondition<Product, SortedByPrice>
 * products.queryByCategory("hats", ProductTable.SKU.eq("a"));        // does not compile
 * }</pre>
 *
 * <p>Each is also a condition ({@link SortKeyCondition} on a table key, {@link IndexSortKeyCondition}
 * otherwise), usable in writes and filters like any other.
 *
 * @param <R> the record type
 * @param <S> the marker of the sort key's attribute ({@code ProductTable.SortedBySku})
 */
public interface KeyCondition<R, S> {
    /** Returns the name of the sort-key attribute the condition is on. */
    String attributeName();

    /** Writes the condition as DynamoDB expression text, taking names and values from {@code placeholders}. */
    String render(Placeholders placeholders);
}
