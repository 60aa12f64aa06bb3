package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Capacity;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.LocalIndex;
import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.time.Instant;

/** A record with a numeric sort key, a local index and provisioned capacity. */
@Record(table = "orders", capacity = @Capacity(read = 5, write = 2))
@LocalIndex(name = "byPlacedAt", sortKey = "placedAt", projection = Projection.INCLUDE, include = "total")
public interface Order {
    @Key
    String customer();

    @SortKey
    int number();

    Instant placedAt();

    long total();
}
