package dev.dynamoobjects.mock.internal.table;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;

/** Provisioned read and write capacity units; zero under on-demand billing. */
public record Throughput(long read, long write) {
    /** The throughput DynamoDB reports for on-demand tables and indexes. */
    public static final Throughput NONE = new Throughput(0, 0);
    /** DynamoDB Local reports throughput that never changed as changed at the epoch. */
    private static final Instant NEVER = Instant.EPOCH;

    /** Returns the throughput of a request's setting, or {@link #NONE} when absent. */
    public static Throughput of(ProvisionedThroughput throughput) {
        return throughput == null ? NONE : new Throughput(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
    }

    /** Returns the throughput as DescribeTable reports it. */
    public ProvisionedThroughputDescription describe() {
        return ProvisionedThroughputDescription.builder()
                .readCapacityUnits(read)
                .writeCapacityUnits(write)
                .numberOfDecreasesToday(0L)
                .lastIncreaseDateTime(NEVER)
                .lastDecreaseDateTime(NEVER)
                .build();
    }
}
