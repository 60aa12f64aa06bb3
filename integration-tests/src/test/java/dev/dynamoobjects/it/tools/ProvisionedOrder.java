package dev.dynamoobjects.it.tools;

import dev.dynamoobjects.annotation.Capacity;
import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.annotation.Record;

/** A provisioned table with a global index of its own capacity, for the throughput commands. */
@Record(table = "orders", capacity = @Capacity(read = 5, write = 4))
@GlobalIndex(name = "byCustomer", partitionKey = "customerId", projection = Projection.KEYS_ONLY,
        capacity = @Capacity(read = 3, write = 2))
public interface ProvisionedOrder {
    @Key
    String orderId();

    String customerId();
}
