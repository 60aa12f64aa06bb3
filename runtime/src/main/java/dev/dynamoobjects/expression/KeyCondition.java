package dev.dynamoobjects.expression;

/**
 * A condition on the sort key of a table or index that a query can use as its key condition:
 * {@code =}, {@code <}, {@code <=}, {@code >}, {@code >=}, between and begins_with. Only the
 * generated sort-key constants create one, so a key condition on another attribute does not
 * compile; it is also a {@link Condition}, usable as a filter or write condition.
 *
 * <pre>{@code
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-"));
 * }</pre>
 *
 * @param <R> the record type
 */
public final class KeyCondition<R> extends Condition<R> {
    private final String attributeName;

    KeyCondition(String attributeName, Renderer renderer) {
        super(renderer);
        this.attributeName = attributeName;
    }

    /** Returns the name of the sort-key attribute the condition is about. */
    public String attributeName() {
        return attributeName;
    }
}
