package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.AutoIncrement;
import dev.dynamoobjects.annotation.CreatedAt;
import dev.dynamoobjects.annotation.Epoch;
import dev.dynamoobjects.annotation.GeneratedUuid;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Ttl;
import dev.dynamoobjects.annotation.UpdatedAt;
import java.time.Instant;

/** A record whose key, reference and timestamps the library fills, and that expires. */
@Record(table = "order")
public interface Order {
    @Key
    @AutoIncrement(block = 10)
    long orderId();

    @GeneratedUuid
    String reference();

    String item();

    @CreatedAt
    Instant createdAt();

    @UpdatedAt
    Instant updatedAt();

    @Ttl
    @Epoch
    Instant expiresAt();
}
