package dev.dynamoobjects.mock.internal.durable;

import dev.dynamoobjects.mock.internal.durable.JournalEntry.Change;
import dev.dynamoobjects.mock.internal.durable.JournalEntry.Kind;
import dev.dynamoobjects.mock.internal.operation.ContinuousBackups;
import dev.dynamoobjects.mock.internal.operation.CreateTable;
import dev.dynamoobjects.mock.internal.operation.TableOperations;
import dev.dynamoobjects.mock.internal.operation.Tags;
import dev.dynamoobjects.mock.internal.operation.UpdateTable;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.store.CompactItem;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * Applies journal entries to a catalog: table changes through the control-plane operation that made
 * them; transactions' ClientRequestTokens to the engine's tokens; item changes straight to the
 * tables (not to the journal), and, on a table whose stream is enabled, through the table's write
 * path so that the stream records come back as they were made.
 * Replay reads each entry's time, at which the engine's clock stood while the request ran, and the
 * entries come in their order, so the records get the same times, sequence numbers and shards.
 */
final class Replay {
    private Replay() {
    }

    /** An item of a streamed table an entry changes: as it was before the entry, and as the entry left it. */
    private static final class NetChange {
        final Table table;
        final PrimaryKey key;
        final StoredItem before;
        StoredItem after;
        boolean expired;

        NetChange(Table table, PrimaryKey key) {
            this.table = table;
            this.key = key;
            this.before = table.get(key);
        }
    }

    private record ItemAddress(Table table, PrimaryKey key) {
    }

    static void apply(Catalog catalog, IdempotencyTokens tokens, JournalEntry entry) {
        Map<ItemAddress, NetChange> streamed = new LinkedHashMap<>(4);
        TransactWriteItemsRequest tokenRequest = null;
        for (Change change : entry.changes()) {
            switch (change.kind()) {
                case TOKEN_USED -> tokenRequest = read(TransactWriteItemsRequest::builder, change.json()).build();
                case TOKEN_ANSWERED -> tokens.restore(tokenRequest,
                        read(TransactWriteItemsResponse::builder, change.json()).build(),
                        Instant.ofEpochMilli(entry.appliedAtMillis()));
                case ITEM_STORED -> stored(catalog, read(PutItemRequest::builder, change.json()).build(), streamed);
                case ITEM_REMOVED, ITEM_EXPIRED -> removed(catalog, read(DeleteItemRequest::builder, change.json()).build(),
                        change.kind() == Kind.ITEM_EXPIRED, streamed);
                case TABLE_CHANGED -> {
                    publish(streamed);
                    tableChanged(catalog, change.operation(), change.json());
                }
                case SHARDS_ROLLED_OVER -> {
                    publish(streamed);
                    catalog.streams().rolloverAll();
                }
            }
        }
        publish(streamed);
    }

    private static void stored(Catalog catalog, PutItemRequest request, Map<ItemAddress, NetChange> streamed) {
        Table table = catalog.table(request.tableName());
        Map<String, AttributeValue> item = request.item();
        PrimaryKey key = table.keys().keyOf(item);
        StoredItem stored = new StoredItem(CompactItem.of(item), ItemValues.itemSize(item));
        if (streams(table)) {
            NetChange change = streamed.computeIfAbsent(new ItemAddress(table, key), a -> new NetChange(table, key));
            change.after = stored;
            change.expired = false;
        } else {
            table.restore(key, stored);
        }
    }

    private static void removed(Catalog catalog, DeleteItemRequest request, boolean expired,
                                Map<ItemAddress, NetChange> streamed) {
        Table table = catalog.table(request.tableName());
        PrimaryKey key = table.keys().keyOf(request.key());
        if (streams(table)) {
            NetChange change = streamed.computeIfAbsent(new ItemAddress(table, key), a -> new NetChange(table, key));
            change.after = null;
            change.expired = expired;
        } else {
            table.restoreRemoval(key);
        }
    }

    private static boolean streams(Table table) {
        return table.stream() != null && table.stream().enabled();
    }

    /**
     * Applies each streamed item's net change, in the order the entry first touched the items: one
     * record per changed item, as the request made them (a transaction publishes one record per item
     * it changed; a cancelled one, whose rollback the entry holds too, none).
     */
    private static void publish(Map<ItemAddress, NetChange> streamed) {
        for (NetChange change : streamed.values()) {
            if (change.after != null) {
                change.table.put(change.key, change.after);
            } else if (change.before != null) {
                if (change.expired) {
                    change.table.expire(change.key);
                } else {
                    change.table.delete(change.key);
                }
            }
        }
        streamed.clear();
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
