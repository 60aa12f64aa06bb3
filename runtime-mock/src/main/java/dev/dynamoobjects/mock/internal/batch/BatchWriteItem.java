package dev.dynamoobjects.mock.internal.batch;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.faults.FaultKind;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.operation.ItemCollections;
import dev.dynamoobjects.mock.internal.operation.Capacity;
import dev.dynamoobjects.mock.internal.operation.EnumParameters;
import dev.dynamoobjects.mock.internal.operation.ItemWrites;
import dev.dynamoobjects.mock.internal.operation.Keys;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.RequestValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem: up to 25 puts and deletes over any tables. Every request is checked (every value,
 * then the tables, then each item and key in order, with duplicate keys rejected) before anything is written, so a bad
 * request changes nothing. Requests an injected fault leaves unprocessed come back in
 * UnprocessedItems, unwritten (all of them if the fault says so: throttling is a fault of its own).
 * Engine-internal: the caller holds the engine's write lock.
 */
public final class BatchWriteItem {
    private static final String OPERATION = "BatchWriteItem";

    private BatchWriteItem() {
    }

    /** One checked write: a put (item set) or a delete (item null). */
    private record Write(Table table, PrimaryKey key, StoredItem item, WriteRequest request) {
    }

    public static BatchWriteItemResponse execute(Catalog catalog, Faults faults, BatchWriteItemRequest request) {
        EnumParameters.of()
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .returnItemCollectionMetrics(request.returnItemCollectionMetricsAsString())
                .check();
        List<Write> writes = check(catalog, request.requestItems());
        CapacityTally capacity = new CapacityTally(request.returnConsumedCapacity());
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
        for (Write write : writes) {
            String table = write.table().name();
            if (faults.strikes(FaultKind.UNPROCESSED, OPERATION, table)) {
                unprocessed.computeIfAbsent(table, name -> new ArrayList<>()).add(write.request());
            } else {
                apply(write, capacity);
                ItemCollections.add(collections, table, ItemCollections.of(
                        request.returnItemCollectionMetricsAsString(), write.table(), written(write)));
            }
        }
        BatchWriteItemResponse.Builder response = BatchWriteItemResponse.builder()
                .unprocessedItems(unprocessed)
                .consumedCapacity(capacity.all());
        if (!collections.isEmpty()) {
            response.itemCollectionMetrics(collections);
        }
        return response.build();
    }

    /** The item a put wrote, or the key a delete named. */
    private static Map<String, AttributeValue> written(Write write) {
        return write.item() != null ? write.item().attributes() : write.request().deleteRequest().key();
    }

    private static void apply(Write write, CapacityTally capacity) {
        Table table = write.table();
        StoredItem before = write.item() == null ? table.delete(write.key()) : table.put(write.key(), write.item());
        if (capacity.wanted()) {
            capacity.add(Capacity.write(ReturnConsumedCapacity.INDEXES.toString(), table, before, write.item()), 1);
        }
    }

    /** Checks the whole batch in DynamoDB Local's order and returns its writes, ready to apply. */
    private static List<Write> check(Catalog catalog, Map<String, List<WriteRequest>> requestItems) {
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoErrors.validation(BatchMessages.WRITE_NO_REQUESTS);
        }
        Constraints.of().tableNameKeys("requestItems", requestItems.keySet()).check();
        checkValuesAndCount(requestItems);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
            if (entry.getValue().isEmpty()) {
                throw DynamoErrors.validation(BatchMessages.emptyWriteList(entry.getKey()));
            }
            tables.put(entry.getKey(), catalog.table(entry.getKey()));
        }
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
            Table table = tables.get(entry.getKey());
            Set<PrimaryKey> keys = new HashSet<>();
            for (WriteRequest writeRequest : entry.getValue()) {
                Write write = write(table, writeRequest);
                if (!keys.add(write.key())) {
                    throw DynamoErrors.validation(BatchMessages.DUPLICATE_KEYS);
                }
                writes.add(write);
            }
        }
        return writes;
    }

    /**
     * Checks the writes' values in order and counts them as it goes, as DynamoDB Local does: a bad
     * value among the first 25 writes is reported, a 26th write is one too many.
     */
    private static void checkValuesAndCount(Map<String, List<WriteRequest>> requestItems) {
        int count = 0;
        for (List<WriteRequest> writes : requestItems.values()) {
            for (WriteRequest write : writes) {
                if (++count > Limits.MAX_BATCH_WRITE_REQUESTS) {
                    throw DynamoErrors.validation(BatchMessages.WRITE_TOO_MANY);
                }
                RequestValues.checkBatchWrite(write);
            }
        }
    }

    private static Write write(Table table, WriteRequest request) {
        if ((request.putRequest() == null) == (request.deleteRequest() == null)) {
            throw DynamoErrors.validation(BatchMessages.NOT_ONE_REQUEST);
        }
        if (request.putRequest() != null) {
            // DynamoDB reads a PutRequest's key as it reads a key map: a value of another type does not match.
            table.keys().checkValueTypes(request.putRequest().item());
            ItemWrites.PreparedItem prepared = ItemWrites.prepare(table, request.putRequest().item());
            return new Write(table, prepared.key(), prepared.item(), request);
        }
        PrimaryKey key = Keys.of(table, request.deleteRequest().key(), request.deleteRequest().hasKey());
        return new Write(table, key, null, request);
    }
}
