package dev.dynamoobjects.stream;

/** What happened to an item, as DynamoDB's stream {@code eventName}. */
public enum ChangeKind {
    /** A new item was written. */
    INSERT,
    /** An existing item was replaced or updated (a write that changed nothing leaves no record). */
    MODIFY,
    /** An item was deleted, by a request or by time to live. */
    REMOVE
}
