package dev.dynamoobjects.stream;

import dev.dynamoobjects.annotation.StreamView;
import dev.dynamoobjects.internal.errors.Describe;
import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * One change of one item, read from its table's stream: what happened, to which key, and the record
 * before and after as far as the stream's {@link StreamView} carries them. The images are decoded
 * when asked for, by the table (its mapper and migrations), so an item the record cannot hold fails
 * only the change it is in.
 *
 * <pre>{@code
 * switch (change.kind()) {
 *     case INSERT, MODIFY -> search.index(change.newRecord().orElseThrow());
 *     case REMOVE -> search.remove(change.key());
 * }
 * }</pre>
 *
 * @param <R> the record type
 */
public final class Change<R> {
    private final Table<R> table;
    private final ChangeKind kind;
    private final StreamView view;
    private final ItemKey<R> key;
    private final String sequenceNumber;
    private final Instant approximateTime;
    private final Map<String, AttributeValue> oldItem;
    private final Map<String, AttributeValue> newItem;

    private Change(Table<R> table, ChangeKind kind, StreamView view, StreamRecord record) {
        this.table = table;
        this.kind = kind;
        this.view = view;
        this.key = new ItemKey<>(table, record.keys());
        this.sequenceNumber = record.sequenceNumber();
        this.approximateTime = record.approximateCreationDateTime();
        this.oldItem = record.hasOldImage() ? record.oldImage() : null;
        this.newItem = record.hasNewImage() ? record.newImage() : null;
    }

    /** Returns the change that a stream record describes. */
    static <R> Change<R> of(Table<R> table, software.amazon.awssdk.services.dynamodb.model.Record record) {
        StreamRecord change = record.dynamodb();
        return new Change<>(table, ChangeKind.valueOf(record.eventNameAsString()),
                StreamView.valueOf(change.streamViewTypeAsString()), change);
    }

    /** Returns what happened to the item. */
    public ChangeKind kind() {
        return kind;
    }

    /** Returns the key of the item that changed, typed by its table. */
    public ItemKey<R> key() {
        return key;
    }

    /** Returns what the stream carries besides the key: which of the images there can be. */
    public StreamView view() {
        return view;
    }

    /**
     * Returns the record as it was before the change; empty for an {@link ChangeKind#INSERT}.
     *
     * @throws ChangeFeedException when the stream carries no old images ({@code KEYS_ONLY}, {@code NEW_IMAGE})
     * @throws MappingException    when the old item cannot be decoded as the record
     */
    public Optional<R> oldRecord() {
        return image("old", view.hasOldImage(), oldItem);
    }

    /**
     * Returns the record as it is after the change; empty for a {@link ChangeKind#REMOVE}.
     *
     * @throws ChangeFeedException when the stream carries no new images ({@code KEYS_ONLY}, {@code OLD_IMAGE})
     * @throws MappingException    when the new item cannot be decoded as the record
     */
    public Optional<R> newRecord() {
        return image("new", view.hasNewImage(), newItem);
    }

    /** Returns the stream's sequence number of the change: it orders the changes of one item. */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    /** Returns when the change happened, approximately (DynamoDB rounds it). */
    public Instant approximateTime() {
        return approximateTime;
    }

    private Optional<R> image(String name, boolean carried, Map<String, AttributeValue> item) {
        if (!carried) {
            throw new ChangeFeedException(StreamMessages.noImage(table.tableName(), view, name), table.tableName(), null);
        }
        if (item == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(table.toRecord(item));
        } catch (MappingException e) {
            throw new MappingException(StreamMessages.undecodable(name, this, key.key(), e.getMessage()), e);
        }
    }

    @Override
    public String toString() {
        return kind + " " + table.tableName() + " " + Describe.key(key.key())
                + " #" + sequenceNumber;
    }
}
