package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when a write of a record with a {@code @Version} attribute lost a race: the stored item
 * has another version than the record (someone saved it since it was read), or an item exists
 * though the record is new (version 0). Nothing was written. Read the record again, apply the
 * change and save again; the generated {@code modify(key, change)} does exactly that.
 *
 * <pre>{@code
 * try {
 *     accounts.save(account.withBalance(account.balance() + 10));
 * } catch (VersionConflictException e) {
 *     Account mine = (Account) e.record();                  // what was not written
 *     Account theirs = e.currentItem().map(AccountTable.MAPPER::fromItem).orElse(null);
 * }
 * accounts.modify("a1", a -> a.withBalance(a.balance() + 10));   // retries on conflict
 * }</pre>
 */
public class VersionConflictException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    private final transient Object record;
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param table           the physical table name
     * @param key             the key of the record
     * @param record          the record that was not written
     * @param expectedVersion the record's version, which the stored item did not have (0: new record)
     * @param currentItem     the stored item, or null when there is none or it was not returned
     * @param cause           the error that showed the conflict
     */
    public VersionConflictException(String table, Map<String, AttributeValue> key, Object record,
            long expectedVersion, Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message(table, key, expectedVersion), table, key, currentItem, cause);
        this.record = record;
        this.expectedVersion = expectedVersion;
    }

    private static String message(String table, Map<String, AttributeValue> key, long expectedVersion) {
        String what = expectedVersion == 0
                ? "the record is new (version 0) but the table already holds an item with its key"
                : "the record has version " + expectedVersion + " but the table holds another version";
        return "Version conflict on the item " + Describe.key(key) + " of table " + table + ": " + what
                + "; nothing was written. Read the record again, apply the change and save again"
                + " (modify(key, change) does so)";
    }

    /** Returns the record that was not written (the caller's record type). */
    public Object record() {
        return record;
    }

    /** Returns the version the record had and the stored item did not (0 for a new record). */
    public long expectedVersion() {
        return expectedVersion;
    }
}
