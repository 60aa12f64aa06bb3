package dev.dynamoobjects.benchmarks.memory;

/**
 * The job's record: a named counter. Its mapper, table and memory table are written by hand as the
 * processor will generate them, until it does.
 *
 * @param id    the partition key
 * @param value the count
 * @param label a label, so the item is not only numbers
 */
record Counter(String id, long value, String label) {
    Counter plus(long amount) {
        return new Counter(id, value + amount, label);
    }
}
