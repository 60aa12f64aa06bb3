package dev.dynamoobjects.internal.table;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.expression.Comparison;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Placeholders;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.expression.Conditions;
import dev.dynamoobjects.internal.expression.Updates;
import dev.dynamoobjects.table.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The rules every write of a record follows, whether a table sends it alone or a transaction
 * sends it with others: the item to write and the condition that guards it. With a
 * {@code @Version} attribute, a record of version {@code n > 0} is written only over an item of
 * version {@code n}, a record of version 0 only where no item exists, and the item written holds
 * {@code n + 1}.
 */
public final class Writes {
    private static final AttributeValue ONE = AttributeValue.fromN("1");

    private Writes() {
    }

    /**
     * A prepared write of a record.
     *
     * @param record    the record to write, after the table's {@code beforeWrite}
     * @param item      the item to write (with the incremented version when versioned)
     * @param condition the condition to send, or null for none
     * @param version   the record's version, which the stored item must have; -1 when not versioned
     */
    public record Put<R>(R record, Map<String, AttributeValue> item, Condition<R> condition, long version) {
        /** Returns true when the write checks a version. */
        public boolean versionChecked() {
            return version >= 0;
        }
    }

    /**
     * Throws when a table's records carry a version: {@code via} (a batch, a memory table's flush)
     * would write them without checking it.
     *
     * @throws ValidationException naming the table and what to use instead
     */
    public static void requireUnversioned(Table<?> table, String via) {
        if (table.schema().versioned()) {
            throw new ValidationException("Table " + table.tableName() + " has a @Version attribute, and " + via
                    + " cannot check versions, so it could overwrite a newer item; write these records with save(...)"
                    + " or in a Transaction");
        }
    }

    /**
     * Prepares the write of a record.
     *
     * @param condition a condition of the caller's, or null
     * @param mustBeNew true to write only where no item has the record's key
     */
    public static <R> Put<R> put(Table<R> table, R record, Condition<R> condition, boolean mustBeNew) {
        RawTable<R> raw = RawAccess.of(table);
        R ready = raw.prepare(record);
        Map<String, AttributeValue> item = raw.itemOf(ready);
        Condition<R> absent = mustBeNew ? absent(table) : null;
        String versionAttribute = table.schema().versionAttribute();
        if (versionAttribute == null) {
            return new Put<>(ready, item, both(absent, condition), -1);
        }
        long version = version(item, versionAttribute);
        Map<String, AttributeValue> versioned = new HashMap<>(item);
        versioned.put(versionAttribute, AttributeValue.fromN(Long.toString(version + 1)));
        Condition<R> check = versionCheck(table, version);
        return new Put<>(ready, versioned, both(both(absent, check), condition), version);
    }

    /**
     * Returns the condition guarding the delete of a record: its version when versioned, else
     * {@code condition} alone (may be null).
     */
    public static <R> Condition<R> deleteCondition(Table<R> table, R record, Condition<R> condition) {
        if (!table.schema().versioned()) {
            return condition;
        }
        long version = version(table, record);
        return both(versionCheck(table, version), condition);
    }

    /** Returns the record's version as stored in its item: 0 when absent. */
    public static <R> long version(Table<R> table, R record) {
        return version(table.mapper().toItem(record), table.schema().versionAttribute());
    }

    /** Returns the update actions plus the version increment when the table is versioned. */
    public static <R> List<Update<R>> updates(Table<R> table, List<Update<R>> updates) {
        if (!table.schema().versioned()) {
            return updates;
        }
        List<Update<R>> all = new ArrayList<>(updates);
        all.add(Updates.add(table.schema().versionAttribute(), ONE));
        return all;
    }

    /**
     * Returns the exception for a failed versioned write: a {@link VersionConflictException} when
     * the stored item (as DynamoDB returned it) does not have the expected version, else
     * {@code failure} itself (the caller's own condition was false).
     */
    public static <R> ConditionFailedException conflict(Table<R> table, R record, long version,
            ConditionFailedException failure) {
        Map<String, AttributeValue> current = failure.currentItem().orElse(null);
        if (!isConflict(table, version, current)) {
            return failure;
        }
        return new VersionConflictException(table.tableName(), table.mapper().keyOf(record), record,
                version, current, failure);
    }

    /**
     * Returns true when a versioned write whose condition failed lost a version race rather than
     * failing a condition of the caller's: the stored item (null: none) lacks the expected version.
     */
    public static <R> boolean isConflict(Table<R> table, long version, Map<String, AttributeValue> current) {
        return current == null
                ? version > 0
                : version == 0 || version(current, table.schema().versionAttribute()) != version;
    }

    /** Returns a request's condition expression, or null for no condition. */
    public static String render(Condition<?> condition, Placeholders placeholders) {
        return condition == null ? null : condition.render(placeholders);
    }

    /** With a condition, a failure returns the stored item, for {@link ConditionFailedException#currentItem()}. */
    public static ReturnValuesOnConditionCheckFailure onFailure(Condition<?> condition) {
        return condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
    }

    private static <R> Condition<R> versionCheck(Table<R> table, long version) {
        return version == 0
                ? absent(table)
                : Conditions.compare(table.schema().versionAttribute(), Comparison.EQ,
                        AttributeValue.fromN(Long.toString(version)));
    }

    private static <R> Condition<R> absent(Table<R> table) {
        return Conditions.notExists(table.schema().partitionKey().name());
    }

    /** Returns {@code condition} (null: none) and that an item with the key is stored. */
    public static <R> Condition<R> present(Table<R> table, Condition<R> condition) {
        return both(Conditions.exists(table.schema().partitionKey().name()), condition);
    }

    private static <R> Condition<R> both(Condition<R> first, Condition<R> second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first.and(second);
    }

    private static long version(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : new BigDecimal(value.n()).longValueExact();
    }
}
