package dev.dynamoobjects.transaction;

import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.table.ItemKey;
import java.util.Optional;

/**
 * The record a {@link ReadTransaction} reads for one key: empty until the transaction is
 * {@linkplain ReadTransaction#execute() executed}, then the record or nothing.
 *
 * @param <R> the record type
 */
public final class Loaded<R> {
    private final ItemKey<R> key;
    private boolean read;
    private R record;

    Loaded(ItemKey<R> key) {
        this.key = key;
    }

    void set(R value) {
        this.record = value;
        this.read = true;
    }

    /** Returns the key this was read for. */
    public ItemKey<R> key() {
        return key;
    }

    /** Returns the record, or empty when no item had the key. */
    public Optional<R> find() {
        if (!read) {
            throw new ValidationException("The read transaction holding " + key.key() + " of table "
                    + key.table().tableName() + " has not been executed yet; call execute() first");
        }
        return Optional.ofNullable(record);
    }

    /**
     * Returns the record.
     *
     * @throws RecordNotFoundException when no item had the key
     */
    public R get() {
        return find().orElseThrow(() -> new RecordNotFoundException(key.table().tableName(), key.key()));
    }
}
