package dev.dynamoobjects.mock.differential;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The tables of the data-plane differential run: one keyed by a string, and one keyed by two strings
 * (so that both key-size limits can be reached) with a global index of all attributes on {@code g},
 * a keys-only global index on the number {@code k} and a local index on the number {@code n}
 * including {@code s} (index write units, item collection metrics).
 */
final class DataPlaneSchema {
    static final String HASH = "dp_hash";
    static final String RANGE = "dp_range";

    private DataPlaneSchema() {
    }

    static void create(DynamoDbClient client) {
        client.createTable(CreateTableRequest.builder().tableName(HASH)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());
        client.createTable(CreateTableRequest.builder().tableName(RANGE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("k").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("n").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(i -> i.indexName("by_g")
                                .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.ALL)),
                        i -> i.indexName("by_k")
                                .keySchema(k -> k.attributeName("k").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(i -> i.indexName("by_n")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("n").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("s")))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());
    }

    static List<String> tables() {
        return List.of(HASH, RANGE);
    }
}
