package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

/**
 * ItemCollectionMetrics: asked for with ReturnItemCollectionMetrics=SIZE, DynamoDB returns for a
 * write to a table with local secondary indexes the partition key of the item collection it wrote
 * and an estimate of the collection's size. Tables without local indexes have no item collections,
 * and DynamoDB returns nothing for them.
 */
public final class ItemCollections {
    // DynamoDB's estimate of a collection below 1 GB, as every collection in memory is (the AWS CLI
    // reference's BatchWriteItem example answers [0.0, 1.0]).
    private static final List<Double> BELOW_ONE_GB = List.of(0.0, 1.0);

    private ItemCollections() {
    }

    /**
     * Returns the metrics of the collection a write touched, or null when the request did not ask
     * for them or the table has no local index.
     *
     * @param attributes the written item, or the key of a delete: where the partition key is read
     */
    public static ItemCollectionMetrics of(String returnMetrics, Table table, Map<String, AttributeValue> attributes) {
        if (!ReturnItemCollectionMetrics.SIZE.toString().equals(returnMetrics) || !hasLocalIndex(table)) {
            return null;
        }
        String partitionKey = table.keys().hash().name();
        return ItemCollectionMetrics.builder()
                .itemCollectionKey(Map.of(partitionKey, attributes.get(partitionKey)))
                .sizeEstimateRangeGB(BELOW_ONE_GB)
                .build();
    }

    /** Adds the metrics of one write of a batch or transaction to the lists by table, once per collection. */
    public static void add(Map<String, List<ItemCollectionMetrics>> byTable, String table,
                           ItemCollectionMetrics metrics) {
        if (metrics == null) {
            return;
        }
        List<ItemCollectionMetrics> collections = byTable.computeIfAbsent(table, name -> new ArrayList<>());
        if (!collections.contains(metrics)) {
            collections.add(metrics);
        }
    }

    private static boolean hasLocalIndex(Table table) {
        for (IndexDefinition index : table.indexes().values()) {
            if (!index.global()) {
                return true;
            }
        }
        return false;
    }
}
