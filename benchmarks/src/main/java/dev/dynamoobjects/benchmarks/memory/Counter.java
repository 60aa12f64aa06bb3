package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/**
 * The jobs' record: a named counter. The processor generates its mapper, {@code CounterTable} and
 * {@code CounterMemoryTable}.
 *
 * @param id    the partition key
 * @param value the count
 * @param label a label, so the item is not only numbers
 */
@Record(table = "counter")
public record Counter(@Key String id, long value, String label) {
    /** Returns a new counter at 0. */
    static Counter of(String id) {
        return new Counter(id, 0, "label of " + id);
    }

    Counter plus(long amount) {
        return new Counter(id, value + amount, label);
    }
}
