package dev.dynamoobjects.keys;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Objects;

/**
 * Hands out increasing numbers, unique across every process that uses the same counter: each
 * request adds {@code block} to a counter item in DynamoDB atomically (table
 * {@code dynamo_objects_counters}, behind the database's prefix, created on first use) and hands
 * out the numbers of that block one by one. With a block of 1 every number costs one write; with
 * a block of 100, one write per 100 numbers, but numbers a process reserved and did not use (it
 * stopped) are skipped, never reused, and processes interleave: numbers are unique and increase
 * per process, not globally. Generated tables of records with an {@code @AutoIncrement} key use
 * one to fill a key left at 0. Thread-safe.
 *
 * <pre>{@code
 * KeyCounter orderIds = new KeyCounter(db, "order", 10);
 * long id = orderIds.next();      // 1, then 2 ... 10 without a request, then 11 with one
 * }</pre>
 */
public final class KeyCounter {
    private final Counters counters;
    private final String counter;
    private final int block;
    private long next = 1;
    private long last;

    /**
     * Creates a counter.
     *
     * @param database the database holding the counters table
     * @param counter  the counter's name; generated tables use their record's table name
     * @param block    how many numbers one request reserves, at least 1
     */
    public KeyCounter(DynamoDatabase database, String counter, int block) {
        if (block < 1) {
            throw new ValidationException("A key counter reserves at least 1 number per request, not " + block);
        }
        this.counters = new Counters(database);
        this.counter = Objects.requireNonNull(counter, "counter");
        this.block = block;
    }

    /** Returns the next number, reserving a new block from DynamoDB when this one is used up. */
    public synchronized long next() {
        if (next > last) {
            last = counters.add(counter, block);
            next = last - block + 1;
        }
        return next++;
    }
}
