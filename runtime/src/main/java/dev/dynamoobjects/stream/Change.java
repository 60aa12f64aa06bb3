package dev.dynamoobjects.stream;

import dev.dynamoobjects.annotation.StreamView;
import dev.dynamoobjects.internal.errors.Describe;
import dev.dynamoobjects.mapping.EntityTypeException;
import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * One change of one item, read from its table's stream: what happened, to which key, and the record
 * before and after as far as the stream's {@link StreamView} carries them. The images are decoded
 * when asked for, by the table (its mapper and migrations), so an item the record cannot hold fails
 * only the change it is in. In the feed of a whole single table ({@code Change<Shop>}) each change is
 * decoded by the table of its item's entity type; an item of a type the table does not know has no
 * {@link #table()}, and decoding it throws an {@link EntityTypeException}.
 *
 * <pre>{@code
 * switch (change.kind()) {
 *     case INSERT, MODIFY -> search.index(change.newRecord().orElseThrow());
 *     case REMOVE -> search.remove(change.key());
 * }
 * }</pre>
 *
 * @param <R> the record type, or the sealed interface of a single table's entities
 */
public final class Change<R> {
    /** The table that decodes the item, or null for an item of a type its single table does not know. */
    private final Table<? extends R> table;
    /** Decodes the images of a whole single table's feed (reporting unknown types), else null. */
    private final Function<Map<String, AttributeValue>, R> entities;
    private final String tableName;
    private final ChangeKind kind;
    private final StreamView view;
    private final Map<String, AttributeValue> keys;
    private final String sequenceNumber;
    private final Instant approximateTime;
    private final Map<String, AttributeValue> oldItem;
    private final Map<String, AttributeValue> newItem;

    private Change(Table<? extends R> table, Function<Map<String, AttributeValue>, R> entities, String tableName,
            software.amazon.awssdk.services.dynamodb.model.Record record) {
        StreamRecord change = record.dynamodb();
        this.table = table;
        this.entities = entities;
        this.tableName = tableName;
        this.kind = ChangeKind.valueOf(record.eventNameAsString());
        this.view = StreamView.valueOf(change.streamViewTypeAsString());
        this.keys = Map.copyOf(change.keys());
        this.sequenceNumber = change.sequenceNumber();
        this.approximateTime = change.approximateCreationDateTime();
        this.oldItem = change.hasOldImage() ? change.oldImage() : null;
        this.newItem = change.hasNewImage() ? change.newImage() : null;
    }

    /**
     * Returns the change that a stream record describes, decoded by {@code table} (null: a type the
     * single table does not know) or, for a whole single table's feed, by {@code entities}.
     */
    static <R> Change<R> of(Table<? extends R> table, Function<Map<String, AttributeValue>, R> entities,
            String tableName, software.amazon.awssdk.services.dynamodb.model.Record record) {
        return new Change<>(table, entities, tableName, record);
    }

    /** Returns what happened to the item. */
    public ChangeKind kind() {
        return kind;
    }

    /**
     * Returns the key of the item that changed, typed by its table (for a whole single table's feed,
     * by the table of the item's entity type).
     *
     * @throws EntityTypeException when the item is of a type its single table does not know
     */
    public ItemKey<? extends R> key() {
        if (table == null) {
            entities.apply(image()); // throws the EntityTypeException that names the type found
        }
        return keyOf(table);
    }

    private ItemKey<? extends R> keyOf(Table<? extends R> owner) {
        return new ItemKey<>(owner, keys);
    }

    /**
     * Returns the table of the item's type: the feed's, or for a whole single table's feed the table
     * of the item's entity type; empty for an item of a type the single table does not know, whose
     * records and key cannot be decoded ({@link #newItem()} and {@link #oldItem()} give it as stored).
     */
    public Optional<Table<? extends R>> table() {
        return Optional.ofNullable(table);
    }

    /** Returns the item as stored before the change, undecoded; empty when there was none or the view has no old images. */
    public Optional<Map<String, AttributeValue>> oldItem() {
        return Optional.ofNullable(oldItem);
    }

    /** Returns the item as stored after the change, undecoded; empty when there is none or the view has no new images. */
    public Optional<Map<String, AttributeValue>> newItem() {
        return Optional.ofNullable(newItem);
    }

    /** Returns what the stream carries besides the key: which of the images there can be. */
    public StreamView view() {
        return view;
    }

    /**
     * Returns the record as it was before the change; empty for an {@link ChangeKind#INSERT}.
     *
     * @throws ChangeFeedException when the stream carries no old images ({@code KEYS_ONLY}, {@code NEW_IMAGE})
     * @throws MappingException    when the old item cannot be decoded as the record (an
     *                             {@link EntityTypeException} when its entity type is unknown)
     */
    public Optional<R> oldRecord() {
        return image("old", view.hasOldImage(), oldItem);
    }

    /**
     * Returns the record as it is after the change; empty for a {@link ChangeKind#REMOVE}.
     *
     * @throws ChangeFeedException when the stream carries no new images ({@code KEYS_ONLY}, {@code OLD_IMAGE})
     * @throws MappingException    when the new item cannot be decoded as the record (an
     *                             {@link EntityTypeException} when its entity type is unknown)
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
            throw new ChangeFeedException(StreamMessages.noImage(tableName, view, name), tableName, null);
        }
        if (item == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(entities != null ? entities.apply(item) : table.toRecord(item));
        } catch (EntityTypeException e) {
            throw e;
        } catch (MappingException e) {
            throw new MappingException(StreamMessages.undecodable(name, this, keys, e.getMessage()), e);
        }
    }

    /** Returns the image that holds the item's type: the new one, or the old one of a removal. */
    private Map<String, AttributeValue> image() {
        return newItem != null ? newItem : oldItem;
    }

    @Override
    public String toString() {
        return kind + " " + tableName + " " + Describe.key(keys)
                + " #" + sequenceNumber;
    }
}
