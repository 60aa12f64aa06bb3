package dev.dynamoobjects.mock.internal.batch;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.faults.FaultKind;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.EnumParameters;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.operation.GetItem;
import dev.dynamoobjects.mock.internal.table.Catalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * BatchGetItem: up to 100 keys over any tables, each read as GetItem reads it (projection, consistency,
 * key checks), checked in DynamoDB Local's order. Keys that an injected fault leaves unprocessed come
 * back in UnprocessedKeys (all of them if the fault says so: throttling is a fault of its own).
 * Engine-internal: the caller holds the engine's lock.
 */
public final class BatchGetItem {
    private static final String OPERATION = "BatchGetItem";

    private BatchGetItem() {
    }

    public static BatchGetItemResponse execute(Catalog catalog, Faults faults, BatchGetItemRequest request) {
        EnumParameters.of().returnConsumedCapacity(request.returnConsumedCapacityAsString()).check();
        Map<String, KeysAndAttributes> requestItems = request.requestItems();
        check(catalog, requestItems);
        CapacityTally capacity = new CapacityTally(request.returnConsumedCapacity());
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
            String table = entry.getKey();
            List<Map<String, AttributeValue>> found = responses.computeIfAbsent(table, name -> new ArrayList<>());
            capacity.addTable(table, 0);
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            for (Map<String, AttributeValue> key : entry.getValue().keys()) {
                if (faults.strikes(FaultKind.UNPROCESSED, OPERATION, table)) {
                    left.add(key);
                    continue;
                }
                GetItemResponse item = GetItem.execute(catalog, getRequest(table, entry.getValue(), key, capacity));
                if (item.hasItem()) {
                    found.add(item.item());
                    capacity.add(item.consumedCapacity(), 1);
                }
            }
            if (!left.isEmpty()) {
                unprocessed.put(table, entry.getValue().toBuilder().keys(left).build());
            }
        }
        return BatchGetItemResponse.builder()
                .responses(responses)
                .unprocessedKeys(unprocessed)
                .consumedCapacity(capacity.all())
                .build();
    }

    /** The request-wide checks, in DynamoDB Local's order: any keys, how many, duplicates, tables. */
    private static void check(Catalog catalog, Map<String, KeysAndAttributes> requestItems) {
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoErrors.validation(BatchMessages.GET_NO_REQUESTS);
        }
        Constraints.of().tableNameKeys("requestItems", requestItems.keySet()).check();
        int keys = requestItems.values().stream().mapToInt(k -> k.keys().size()).sum();
        if (keys > Limits.MAX_BATCH_GET_KEYS) {
            throw DynamoErrors.validation(BatchMessages.GET_TOO_MANY);
        }
        for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
            if (entry.getValue().keys().isEmpty()) {
                throw DynamoErrors.validation(BatchMessages.emptyKeyList(entry.getKey()));
            }
            // DynamoDB Local compares the keys as given: 1 and 1.0 are not duplicates here.
            Set<Map<String, AttributeValue>> seen = new HashSet<>();
            for (Map<String, AttributeValue> key : entry.getValue().keys()) {
                if (!seen.add(key)) {
                    throw DynamoErrors.validation(BatchMessages.DUPLICATE_KEYS);
                }
            }
        }
        requestItems.keySet().forEach(catalog::table);
    }

    private static GetItemRequest getRequest(String table, KeysAndAttributes keys, Map<String, AttributeValue> key,
                                             CapacityTally capacity) {
        GetItemRequest.Builder get = GetItemRequest.builder()
                .tableName(table)
                .key(key)
                .consistentRead(keys.consistentRead())
                .projectionExpression(keys.projectionExpression())
                .returnConsumedCapacity(capacity.wanted() ? ReturnConsumedCapacity.INDEXES : ReturnConsumedCapacity.NONE);
        if (keys.hasExpressionAttributeNames()) {
            get.expressionAttributeNames(keys.expressionAttributeNames());
        }
        if (keys.hasAttributesToGet()) {
            get.attributesToGet(keys.attributesToGet());
        }
        return get.build();
    }
}
