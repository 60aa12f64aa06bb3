package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.durable.JournalEntry.Change;
import dev.dynamoobjects.mock.internal.operation.ContinuousBackups;
import dev.dynamoobjects.mock.internal.operation.CreateTable;
import dev.dynamoobjects.mock.internal.operation.TableOperations;
import dev.dynamoobjects.mock.internal.operation.Tags;
import dev.dynamoobjects.mock.internal.operation.UpdateTable;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.store.CompactItem;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * Applies journal entries to a catalog: item changes straight to the tables (no stream records, no
 * journal), table changes through the control-plane operation that made them.
 */
final class Replay {
    private Replay() {
    }

    static void apply(Catalog catalog, JournalEntry entry) {
        for (Change change : entry.changes()) {
            switch (change.kind()) {
                case ITEM_STORED -> stored(catalog, read(PutItemRequest::builder, change.json()).build());
                case ITEM_REMOVED -> removed(catalog, read(DeleteItemRequest::builder, change.json()).build());
                case TABLE_CHANGED -> tableChanged(catalog, change.operation(), change.json());
            }
        }
    }

    private static void stored(Catalog catalog, PutItemRequest request) {
        Table table = catalog.table(request.tableName());
        Map<String, AttributeValue> item = request.item();
        table.restore(table.keys().keyOf(item), new StoredItem(CompactItem.of(item), ItemValues.itemSize(item)));
    }

    private static void removed(Catalog catalog, DeleteItemRequest request) {
        Table table = catalog.table(request.tableName());
        table.restoreRemoval(table.keys().keyOf(request.key()));
    }

    private static void tableChanged(Catalog catalog, String operation, byte[] json) {
        switch (operation) {
            case "CreateTable" -> CreateTable.execute(catalog, read(CreateTableRequest::builder, json).build());
            case "UpdateTable" -> UpdateTable.execute(catalog, read(UpdateTableRequest::builder, json).build());
            case "DeleteTable" -> TableOperations.delete(catalog, read(DeleteTableRequest::builder, json).build());
            case "UpdateTimeToLive" -> TableOperations.updateTimeToLive(catalog,
                    read(UpdateTimeToLiveRequest::builder, json).build());
            case "UpdateContinuousBackups" -> ContinuousBackups.update(catalog,
                    read(UpdateContinuousBackupsRequest::builder, json).build());
            case "TagResource" -> Tags.tag(catalog, read(TagResourceRequest::builder, json).build());
            case "UntagResource" -> Tags.untag(catalog, read(UntagResourceRequest::builder, json).build());
            default -> throw new IllegalStateException("unknown table change " + operation);
        }
    }

    private static <B extends SdkPojo> B read(Supplier<B> builder, byte[] json) {
        B request = builder.get();
        PojoReader.read(json, request);
        return request;
    }
}
