package dev.dynamoobjects.processor.model;

/**
 * What the library maintains for an attribute, declared by one annotation on its accessor. An
 * attribute has at most one, and a record at most one attribute of each.
 */
public enum Managed {
    /** Nothing: the record's value is written as it is. */
    NONE,
    /** {@code @Version}: checked and incremented by every write (optimistic locking). */
    VERSION,
    /** {@code @Ttl}: the epoch seconds after which DynamoDB deletes the item. */
    TTL,
    /** {@code @AutoIncrement}: a numeric partition key allocated from a counter when 0. */
    AUTO_INCREMENT,
    /** {@code @GeneratedUuid}: a random UUID when missing. */
    GENERATED_UUID,
    /** {@code @CreatedAt}: the database clock's time when missing. */
    CREATED_AT,
    /** {@code @UpdatedAt}: the database clock's time on every write. */
    UPDATED_AT;

    /** Returns true for the attributes whose value the generated {@code beforeWrite} fills in. */
    public boolean filledBeforeWrite() {
        return compareTo(AUTO_INCREMENT) >= 0;
    }
}
