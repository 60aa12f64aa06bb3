package dev.dynamoobjects.mock.differential;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The tables the differential test works on: one keyed by a string, one by a string and a number
 * with three indexes: global with a sort key and all attributes, global with a partition key only
 * and keys only, and local on the number {@code n} with {@code s} included.
 */
final class Schema {
    static final String HASH_TABLE = "diff_hash";
    static final String RANGE_TABLE = "diff_range";
    static final String INDEX = "by_g";
    static final String HASH_INDEX = "by_h";
    static final String LOCAL_INDEX = "by_n";

    private Schema() {
    }

    static List<CreateTableRequest> tables() {
        return List.of(
                CreateTableRequest.builder().tableName(HASH_TABLE)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .build(),
                CreateTableRequest.builder().tableName(RANGE_TABLE)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                                a -> a.attributeName("g").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("h").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("n").attributeType(ScalarAttributeType.N))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("sk").keyType(KeyType.RANGE))
                        .globalSecondaryIndexes(i -> i.indexName(INDEX)
                                .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH),
                                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.ALL)),
                                i -> i.indexName(HASH_INDEX)
                                        .keySchema(k -> k.attributeName("h").keyType(KeyType.HASH))
                                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                        .localSecondaryIndexes(i -> i.indexName(LOCAL_INDEX)
                                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                        k -> k.attributeName("n").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("s")))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .build());
    }

    static void create(DynamoDbClient client) {
        tables().forEach(client::createTable);
    }

    /** Creates the tables with a stream of both images, for the stream records' differential run. */
    static void createStreamed(DynamoDbClient client) {
        tables().forEach(table -> client.createTable(table.toBuilder().streamSpecification(spec -> spec
                .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)).build()));
    }
}
