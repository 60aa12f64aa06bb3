package dev.dynamoobjects.benchmarks.engine;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Write throughput of a development database: PutItem and a conditional UpdateItem on the embedded
 * engine in memory, with a data directory under strict durability (fsync before each answer) and
 * relaxed durability (fsync every 100 ms), and DynamoDB Local with its SQLite file, in one run. Each
 * benchmark thread writes its own items (puts cycle over 1,000 keys of the thread's partition; the
 * update counts up the thread's own item), so threads contend on the backend, not on one item.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DurableWriteBenchmark -f 1 -wi 1 -i 3 -w 1s -r 2s -t 1
 * java -jar benchmarks/target/benchmarks.jar DurableWriteBenchmark -f 1 -wi 1 -i 3 -w 1s -r 2s -t 4
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DurableWriteBenchmark {
    private static final int KEYS_PER_THREAD = 1000;

    @Param({DurableBackends.MEMORY, DurableBackends.STRICT, DurableBackends.RELAXED, DurableBackends.LOCAL_FILE})
    public String backend;

    private DurableBackends.Backend running;
    private DynamoDbClient client;
    private final AtomicLong threads = new AtomicLong();

    @Setup(Level.Trial)
    public void start() {
        running = DurableBackends.start(backend);
        client = running.client();
        Backends.createTable(client);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        running.close();
    }

    /** One benchmark thread's requests, built once: its own partition and its own counter item. */
    @State(Scope.Thread)
    public static class Writer {
        private PutItemRequest[] puts;
        private UpdateItemRequest update;
        private int next;

        @Setup(Level.Trial)
        public void prepare(DurableWriteBenchmark benchmark) {
            String partition = "writer-" + benchmark.threads.incrementAndGet();
            puts = new PutItemRequest[KEYS_PER_THREAD];
            for (int i = 0; i < KEYS_PER_THREAD; i++) {
                puts[i] = PutItemRequest.builder().tableName(Backends.TABLE)
                        .item(Backends.item(partition, i)).build();
            }
            benchmark.client.putItem(puts[0]);
            update = UpdateItemRequest.builder().tableName(Backends.TABLE).key(Backends.key(partition, 0))
                    .updateExpression("SET #c = #c + :one")
                    .conditionExpression("attribute_exists(pk) AND #c >= :zero")
                    .expressionAttributeNames(Map.of("#c", "count"))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":zero", AttributeValue.fromN("0")))
                    .build();
        }

        PutItemRequest nextPut() {
            PutItemRequest put = puts[next];
            next = (next + 1) % KEYS_PER_THREAD;
            return put;
        }
    }

    @Benchmark
    public Object putItem(Writer writer) {
        return client.putItem(writer.nextPut());
    }

    @Benchmark
    public Object updateItemWithCondition(Writer writer) {
        return client.updateItem(writer.update);
    }
}
