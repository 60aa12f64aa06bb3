package dev.dynamoobjects.benchmarks.memory;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A memory table flushed into a table at the edge of its capacity: the embedded engine throttles 30%
 * of BatchWriteItem requests and leaves a third of the other requests' items unprocessed (a fixed
 * seed), and the flush waits its real pauses. Prints the seconds, the requests, the retries (requests
 * beyond the fewest, one per 25 records) and records per second, then checks that every record is
 * stored.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.memory.FlushUnderThrottling [records] [seed]
 * </pre>
 */
public final class FlushUnderThrottling {
    private static final int WRITES_PER_REQUEST = 25;

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
        try (CounterMemoryTable memory = new CounterMemoryTable(table)) {
            IntStream.range(0, records).mapToObj(i -> Counter.of("counter-" + i)).forEach(memory::save);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long requests = dynamo.requestCounts().of("BatchWriteItem");
        long fewest = (records + WRITES_PER_REQUEST - 1) / WRITES_PER_REQUEST;
        dynamo.faults().clear();
        int stored = dynamo.scan(s -> s.tableName("counter").select("COUNT")).count();
        System.out.printf(Locale.ROOT, "Flush of %,d records, 30%% of requests throttled, 33%% of items unprocessed"
                + " (seed %d)%n", records, seed);
        System.out.printf(Locale.ROOT, "%.1f s, %,d requests, %,d retries, %,.0f records/s, %,d of %,d stored%n",
                seconds, requests, requests - fewest, records / seconds, stored, records);
        if (stored != records) {
            throw new IllegalStateException("records were lost: " + stored + " of " + records + " stored");
        }
    }
}
