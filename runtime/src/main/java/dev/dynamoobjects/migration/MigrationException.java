package dev.dynamoobjects.migration;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when a stored item cannot be upgraded to the record's schema version: a step is missing,
 * a step failed (its exception is the cause), or the item is newer than the record. The stored
 * item is untouched.
 */
public class MigrationException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final int fromVersion;
    private final int toVersion;

    MigrationException(String problem, String table, Map<String, AttributeValue> key, int fromVersion,
            int toVersion, Throwable cause) {
        super("Cannot upgrade the item " + Describe.key(key) + " of table " + table + " from schema version "
                + fromVersion + " to " + toVersion + ": " + problem, table, key, cause);
        this.fromVersion = fromVersion;
        this.toVersion = toVersion;
    }

    /** Returns the version the item was stored with. */
    public int fromVersion() {
        return fromVersion;
    }

    /** Returns the record's current version. */
    public int toVersion() {
        return toVersion;
    }
}
