package dev.dynamoobjects.expression;

/** DynamoDB's attribute types, as tested by {@code attribute_type}. */
public enum DynamoType {
    /** String. */
    S,
    /** String set. */
    SS,
    /** Number. */
    N,
    /** Number set. */
    NS,
    /** Binary. */
    B,
    /** Binary set. */
    BS,
    /** Boolean. */
    BOOL,
    /** Null. */
    NULL,
    /** List. */
    L,
    /** Map. */
    M
}
