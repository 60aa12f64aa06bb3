package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SchemaVersion;

/**
 * A record whose shape changed three times: version 0 stored {@code name} ("Ada Lovelace") and
 * {@code age} as a string; version 1 renamed {@code name} to {@code fullName}; version 2 split it
 * into {@code firstName} and {@code lastName}; version 3 stores {@code age} as a number.
 */
@Record(table = "customer")
@SchemaVersion(3)
public interface Customer {
    @Key
    String customerId();

    String firstName();

    String lastName();

    int age();
}
