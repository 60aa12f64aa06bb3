package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsStatus;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContributorInsightsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;

/**
 * The table features the engine does not run, described as off, in DynamoDB's shapes: contributor
 * insights (DISABLED) and Kinesis streaming destinations (none). Deploy tools read them; turning
 * them on stays unsupported.
 */
public final class TableFeatures {
    private TableFeatures() {
    }

    /** DescribeContributorInsights: DISABLED, for the table or one of its indexes. */
    public static DescribeContributorInsightsResponse contributorInsights(Catalog catalog,
                                                                          DescribeContributorInsightsRequest request) {
        Table table = catalog.table(request.tableName());
        if (request.indexName() != null && !table.indexes().containsKey(request.indexName())) {
            throw DynamoErrors.resourceNotFound(Messages.RESOURCE_NOT_FOUND);
        }
        return DescribeContributorInsightsResponse.builder()
                .tableName(table.name())
                .indexName(request.indexName())
                .contributorInsightsStatus(ContributorInsightsStatus.DISABLED)
                .build();
    }

    /** DescribeKinesisStreamingDestination: the table streams to no Kinesis data stream. */
    public static DescribeKinesisStreamingDestinationResponse kinesisDestinations(
            Catalog catalog, DescribeKinesisStreamingDestinationRequest request) {
        Table table = catalog.table(request.tableName());
        return DescribeKinesisStreamingDestinationResponse.builder()
                .tableName(table.name())
                .kinesisDataStreamDestinations(List.of())
                .build();
    }
}
