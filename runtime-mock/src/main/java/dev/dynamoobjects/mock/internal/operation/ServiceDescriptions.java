package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.limit.Limits;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;

/** DescribeEndpoints and DescribeLimits: what the service says about itself, with no table involved. */
public final class ServiceDescriptions {
    /**
     * The address DescribeEndpoints gives, in the region of the engine's ARNs. Clients of an emulator
     * set an endpoint override, which turns endpoint discovery off, so no client is sent there.
     */
    private static final String ADDRESS = "dynamodb.ddblocal.amazonaws.com";

    private ServiceDescriptions() {
    }

    /** DescribeEndpoints: one endpoint and how long to cache it, DynamoDB's shape. */
    public static DescribeEndpointsResponse endpoints() {
        return DescribeEndpointsResponse.builder()
                .endpoints(Endpoint.builder().address(ADDRESS).cachePeriodInMinutes(Limits.ENDPOINT_CACHE_MINUTES)
                        .build())
                .build();
    }

    /** DescribeLimits: DynamoDB's default account and table maximums, as DynamoDB Local reports them too. */
    public static DescribeLimitsResponse limits() {
        return DescribeLimitsResponse.builder()
                .accountMaxReadCapacityUnits(Limits.MAX_ACCOUNT_THROUGHPUT)
                .accountMaxWriteCapacityUnits(Limits.MAX_ACCOUNT_THROUGHPUT)
                .tableMaxReadCapacityUnits(Limits.MAX_THROUGHPUT)
                .tableMaxWriteCapacityUnits(Limits.MAX_THROUGHPUT)
                .build();
    }
}
