package dev.dynamoobjects.exception;

/**
 * Thrown when a table does not exist and automatic table creation is switched off (or the table
 * was deleted while in use).
 */
public class TableNotFoundException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for the physical table name and the SDK's exception. */
    public TableNotFoundException(String table, Throwable cause) {
        super("Table " + table + " does not exist; create it with"
                + " DynamoDatabase.createMissingTables(...) or switch automatic table creation on",
                table, null, cause);
    }
}
