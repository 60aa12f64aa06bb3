package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** The flat shape: six scalar attributes. */
@Record(table = "flat")
public interface Flat {
    @Key
    String id();

    String name();

    int quantity();

    long updatedAt();

    double price();

    boolean active();
}
