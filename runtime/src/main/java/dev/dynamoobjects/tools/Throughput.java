package dev.dynamoobjects.tools;

import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * The provisioned capacity of a table, or of one of its global secondary indexes.
 *
 * @param table the physical table name
 * @param index the index name, or null for the table itself
 * @param read  read capacity units
 * @param write write capacity units
 */
record Throughput(String table, String index, long read, long write) {
    static Throughput of(String table, String index, ProvisionedThroughputDescription description) {
        return new Throughput(table, index, description.readCapacityUnits(), description.writeCapacityUnits());
    }

    /** Returns this capacity raised to at least {@code read} and {@code write}. */
    Throughput atLeast(long minRead, long minWrite) {
        return new Throughput(table, index, Math.max(read, minRead), Math.max(write, minWrite));
    }

    /** Returns the request that sets this capacity. */
    UpdateTableRequest update() {
        ProvisionedThroughput throughput = ProvisionedThroughput.builder()
                .readCapacityUnits(read).writeCapacityUnits(write).build();
        UpdateTableRequest.Builder request = UpdateTableRequest.builder().tableName(table);
        if (index == null) {
            return request.provisionedThroughput(throughput).build();
        }
        return request.globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                .update(update -> update.indexName(index).provisionedThroughput(throughput)).build()).build();
    }

    @Override
    public String toString() {
        return (index == null ? table : table + " index " + index) + " (read " + read + ", write " + write + ")";
    }
}
