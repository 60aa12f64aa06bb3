package dev.dynamoobjects.tools;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.internal.errors.Describe;

/**
 * Thrown when a {@link TableImport} stops: at a line that is not an item in DynamoDB JSON (or not
 * one of the table's keys), or at a write DynamoDB refused. Says where and how many items were
 * written before it stopped; an import stops at the first bad line, after writing the items of the
 * lines before it, and writes nothing after it. Running the import again once the file is fixed is
 * safe: it replaces the items it wrote.
 *
 * <pre>{@code
 * try {
 *     TableImport.into(client, "dev_product").from(Path.of("seed.jsonl"));
 * } catch (ImportException e) {
 *     System.err.println(e.getMessage());   // "Line 17 of seed.jsonl is not an item of table dev_product ..."
 * }
 * }</pre>
 */
public class ImportException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long written;

    private ImportException(String message, String table, long line, long written, Throwable cause) {
        super(message, table, null, cause);
        this.line = line;
        this.written = written;
    }

    static ImportException badLine(String source, String table, long line, String reason, long written) {
        return new ImportException("Line " + line + " of " + source + " is not an item of table " + table
                + " in DynamoDB JSON: " + reason + ". The lines before it (" + Describe.count(written, "item")
                + ") were written, none after it; fix the line and import again (items are replaced by key).",
                table, line, written, null);
    }

    static ImportException failedWrite(String source, String table, long written, DynamoObjectsException cause) {
        return new ImportException("Importing " + source + " into " + table + " stopped after "
                + Describe.count(written, "item") + " were written: " + cause.getMessage(), table, 0, written, cause);
    }

    /** Returns the number of the bad line, counted from 1, or 0 when a write failed. */
    public long line() {
        return line;
    }

    /** Returns how many items were written before the import stopped. */
    public long written() {
        return written;
    }
}
