package dev.dynamoobjects.it.table;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** A number partition key and no sort key: single-parameter key methods. */
@Record(table = "counter")
public interface Counter {
    @Key
    long id();

    long hits();

    default String label() {
        return "unnamed";
    }
}
