package dev.dynamoobjects.sample;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** A store of the chain; the processor generates {@code ImmutableStore}, {@code StoreTable} and more. */
@Record(table = "store")
public interface Store {
    @Key
    String storeId();

    String name();

    String city();

    /** How many customers came in: a counter, incremented without reading. */
    long visits();
}
