package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** The jobs' record: a named counter; its table and memory table are generated. */
@Record(table = "counter")
public interface Counter {
    /** The partition key. */
    @Key
    String id();

    /** The count. */
    long value();

    /** A label, so the item is not only numbers. */
    String label();

    /** Returns a counter of the same id with {@code amount} added. */
    static Counter plus(Counter counter, long amount) {
        return ImmutableCounter.copyOf(counter).withValue(counter.value() + amount);
    }

    /** Returns a new counter at 0. */
    static Counter of(String id) {
        return ImmutableCounter.builder().id(id).value(0).label("label of " + id).build();
    }
}
