package dev.dynamoobjects.mock.differential;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The tables of the edge-case differential run: a string-keyed table, a table keyed by a string
 * and a number with a global index keyed by a string and the table's number, a keys-only global
 * index keyed by a number and a local index, and a table whose keys are both binary.
 */
final class EdgeSchema {
    static final String HASH = "edge_hash";
    static final String RANGE = "edge_range";
    static final String BINARY = "edge_bin";
    static final String BY_G = "by_g";
    static final String BY_T = "by_t";
    static final String BY_N = "by_n";
    /** Every attribute that is a key of {@link #RANGE} or of one of its indexes. */
    static final List<String> RANGE_KEYS = List.of("pk", "sk", "g", "t", "n");

    private EdgeSchema() {
    }

    static void create(DynamoDbClient client) {
        client.createTable(CreateTableRequest.builder().tableName(HASH)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());
        client.createTable(CreateTableRequest.builder().tableName(RANGE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("t").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("n").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(i -> i.indexName(BY_G)
                                .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH),
                                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.ALL)),
                        i -> i.indexName(BY_T)
                                .keySchema(k -> k.attributeName("t").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(i -> i.indexName(BY_N)
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("n").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("s")))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());
        client.createTable(CreateTableRequest.builder().tableName(BINARY)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.B),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.B))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());
    }
}
