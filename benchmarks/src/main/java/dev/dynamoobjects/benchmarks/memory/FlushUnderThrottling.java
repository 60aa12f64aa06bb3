package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.batch.BatchStats;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A memory table flushed into a table at the edge of its capacity: the embedded engine throttles 30%
 * of BatchWriteItem requests and leaves a third of the other requests' items unprocessed (a fixed
 * seed), and the flush waits its real pauses. Prints the seconds, the flush's {@code BatchStats}
 * (requests, retries beyond the fewest, time paused) and records per second, then checks that every
 * record is stored.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.memory.FlushUnderThrottling [records] [seed]
 * </pre>
 */
public final class FlushUnderThrottling {
    private FlushUnderThrottling() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().build();
        CounterTable table = new CounterTable(DynamoDatabase.of(dynamo));
        table.find("warm-up");   // creates the table before the faults start
        dynamo.faults().seed(seed)
                .throttle("BatchWriteItem", Faults.ANY, 0.3)
                .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.33);

        long start = System.nanoTime();
        BatchStats flush;
        try (CounterMemoryTable memory = new CounterMemoryTable(table)) {
            IntStream.range(0, records).mapToObj(i -> Counter.of("counter-" + i)).forEach(memory::save);
            memory.flush();
            flush = memory.lastFlush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        dynamo.faults().clear();
        int stored = dynamo.scan(s -> s.tableName("counter").select("COUNT")).count();
        System.out.printf(Locale.ROOT, "Flush of %,d records, 30%% of requests throttled, 33%% of items unprocessed"
                + " (seed %d)%n", records, seed);
        System.out.printf(Locale.ROOT, "%.1f s, %s, %,.0f records/s, %,d of %,d stored%n",
                seconds, flush, records / seconds, stored, records);
        if (stored != records) {
            throw new IllegalStateException("records were lost: " + stored + " of " + records + " stored");
        }
    }
}
