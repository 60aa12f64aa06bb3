package dev.dynamoobjects.stream;

import dev.dynamoobjects.annotation.StreamView;
import dev.dynamoobjects.internal.table.RawAccess;
import dev.dynamoobjects.table.EntityTables;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * What a feed reads and how it types the changes: the table of one record type, the table of one
 * entity type of a single table (the items of the other types skipped), or a whole single table
 * (every item decoded by its type, the items of unknown types reported).
 *
 * @param <R> the record type, or the sealed interface of a single table's entities
 */
final class ChangeSource<R> {
    private final List<Table<? extends R>> tables;
    /** Decodes an image of a whole single table, reporting an unknown type; null when a table decodes. */
    private final Function<Map<String, AttributeValue>, R> entities;
    /** True when the physical table holds items of other types than the feed's: each change is typed by its image. */
    private final boolean byEntityType;

    private ChangeSource(List<Table<? extends R>> tables, Function<Map<String, AttributeValue>, R> entities,
            boolean byEntityType) {
        this.tables = tables;
        this.entities = entities;
        this.byEntityType = byEntityType;
    }

    static <R> ChangeSource<R> of(Table<R> table) {
        Objects.requireNonNull(table, "table");
        return new ChangeSource<>(List.of(table), null, RawAccess.of(table).sharesTable());
    }

    static <E> ChangeSource<E> of(EntityTables<E> singleTable) {
        Objects.requireNonNull(singleTable, "singleTable");
        return new ChangeSource<>(List.copyOf(singleTable.entityTables()), singleTable::toEntity, true);
    }

    /** Returns a table of the feed: all of them share the physical table, its name and its database. */
    Table<?> table() {
        return tables.get(0);
    }

    String tableName() {
        return table().tableName();
    }

    /** Returns the change a stream record describes, or null for an item of another entity type. */
    Change<R> change(Record record) {
        if (!byEntityType) {
            return Change.of(tables.get(0), null, tableName(), record);
        }
        StreamView view = StreamView.valueOf(record.dynamodb().streamViewTypeAsString());
        if (view != StreamView.NEW_AND_OLD_IMAGES) {
            throw new ChangeFeedException(StreamMessages.entityTypeNotCarried(tableName(), view), tableName(), null);
        }
        Map<String, AttributeValue> image = record.dynamodb().hasNewImage() ? record.dynamodb().newImage()
                : record.dynamodb().oldImage();
        for (Table<? extends R> table : tables) {
            if (table.holds(image)) {
                return Change.of(table, entities, tableName(), record);
            }
        }
        return entities == null ? null : Change.of(null, entities, tableName(), record);
    }
}
