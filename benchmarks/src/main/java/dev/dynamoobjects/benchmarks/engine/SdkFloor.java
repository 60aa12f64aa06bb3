package dev.dynamoobjects.benchmarks.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The cost the AWS SDK imposes on any in-process backend: a {@link DynamoDbClient} that checks nothing
 * and stores one map, answering CreateTable, PutItem and GetItem with responses of the shape DynamoDB
 * returns (a CreateTable answer carries a full table description, as DynamoDB Local's does). A cold
 * start of this stub is the floor under which no backend reached through the SDK's model classes can go.
 */
final class SdkFloor implements DynamoDbClient {
    private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        Instant now = Instant.now();
        return CreateTableResponse.builder().tableDescription(TableDescription.builder()
                .attributeDefinitions(request.attributeDefinitions())
                .tableName(request.tableName())
                .keySchema(request.keySchema())
                .tableStatus(TableStatus.ACTIVE)
                .creationDateTime(now)
                .provisionedThroughput(ProvisionedThroughputDescription.builder()
                        .readCapacityUnits(0L).writeCapacityUnits(0L).numberOfDecreasesToday(0L).build())
                .tableSizeBytes(0L)
                .itemCount(0L)
                .tableArn("arn:aws:dynamodb:ddblocal:000000000000:table/" + request.tableName())
                .deletionProtectionEnabled(false)
                .billingModeSummary(BillingModeSummary.builder().billingMode(BillingMode.PAY_PER_REQUEST)
                        .lastUpdateToPayPerRequestDateTime(now).build())
                .build()).build();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        items.put(Map.of("pk", request.item().get("pk"), "sk", request.item().get("sk")), request.item());
        return PutItemResponse.builder().build();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return GetItemResponse.builder().item(items.get(request.key())).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
