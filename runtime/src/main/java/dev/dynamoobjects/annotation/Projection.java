package dev.dynamoobjects.annotation;

/** Which attributes a secondary index copies from the table, as DynamoDB's {@code ProjectionType}. */
public enum Projection {
    /** Every attribute of the item. */
    ALL,
    /** Only the table's and the index's key attributes. */
    KEYS_ONLY,
    /** The key attributes and the ones named in the index's {@code include}. */
    INCLUDE
}
