package dev.dynamoobjects.attribute;

/**
 * A number attribute that is no key of the table, which the generated table's {@code increment}
 * takes: a {@link NumberAttribute}, or a {@link NumberIndexKeyAttribute}.
 *
 * <pre>{@code
 * long left = products.increment("s1", "hat-1", ProductTable.STOCK, -1);
 * }</pre>
 *
 * @param <R> the record type
 */
public interface Incrementable<R> {
    /** Returns the attribute name as stored in DynamoDB. */
    String name();
}
