package dev.dynamoobjects.it.writes;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SchemaVersion;

/**
 * A record whose shape changed: version 0 stored {@code name} ("Ada Lovelace") and {@code age} as a
 * string; version 1 split the name into {@code firstName} and {@code lastName}; version 2 stores
 * {@code age} as a number.
 */
@Record(table = "person")
@SchemaVersion(2)
public interface Person {
    @Key
    String personId();

    String firstName();

    String lastName();

    int age();
}
