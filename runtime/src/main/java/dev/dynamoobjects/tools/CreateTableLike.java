package dev.dynamoobjects.tools;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Turns the description of a table into the {@code CreateTable} request for a table like it: the
 * same attribute definitions, keys, indexes, billing mode, provisioned throughput and stream
 * (a consumer of the copy sees its changes as it would the source's). Encryption, TTL and tags are
 * not copied.
 */
final class CreateTableLike {
    private CreateTableLike() {
    }

    static CreateTableRequest request(TableDescription source, String name) {
        boolean onDemand = TableAdmin.isOnDemand(source);
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(source.attributeDefinitions())
                .keySchema(source.keySchema())
                .billingMode(onDemand ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
        if (!onDemand) {
            request.provisionedThroughput(throughput(source.provisionedThroughput()));
        }
        StreamSpecification stream = source.streamSpecification();
        if (stream != null && Boolean.TRUE.equals(stream.streamEnabled())) {
            request.streamSpecification(stream);
        }
        if (source.hasGlobalSecondaryIndexes() && !source.globalSecondaryIndexes().isEmpty()) {
            request.globalSecondaryIndexes(source.globalSecondaryIndexes().stream()
                    .map(index -> globalIndex(index, onDemand)).toList());
        }
        if (source.hasLocalSecondaryIndexes() && !source.localSecondaryIndexes().isEmpty()) {
            request.localSecondaryIndexes(source.localSecondaryIndexes().stream()
                    .map(index -> LocalSecondaryIndex.builder().indexName(index.indexName())
                            .keySchema(index.keySchema()).projection(index.projection()).build())
                    .toList());
        }
        return request.build();
    }

    private static GlobalSecondaryIndex globalIndex(GlobalSecondaryIndexDescription index, boolean onDemand) {
        GlobalSecondaryIndex.Builder builder = GlobalSecondaryIndex.builder()
                .indexName(index.indexName())
                .keySchema(index.keySchema())
                .projection(index.projection());
        if (!onDemand) {
            builder.provisionedThroughput(throughput(index.provisionedThroughput()));
        }
        return builder.build();
    }

    private static ProvisionedThroughput throughput(ProvisionedThroughputDescription description) {
        return ProvisionedThroughput.builder()
                .readCapacityUnits(description.readCapacityUnits())
                .writeCapacityUnits(description.writeCapacityUnits())
                .build();
    }
}
