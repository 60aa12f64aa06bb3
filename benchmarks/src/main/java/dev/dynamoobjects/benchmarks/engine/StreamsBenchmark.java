package dev.dynamoobjects.benchmarks.engine;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Streams on the engine: what a stream costs the write path (the same PutItem, alternating
 * between two values so that every put changes the item, with the stream off and on), and GetRecords
 * of 100 records on the engine and on DynamoDB Local in process.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamsBenchmark -f 1 -wi 2 -i 3 -w 1s -r 2s
 * java -jar benchmarks/target/benchmarks.jar 'StreamsBenchmark.Writes' -f 3 -wi 5 -w 2s -i 5 -r 2s
 * </pre>
 *
 * <p>The write figures want 10 s of warm-up: with a stream the JIT compiles the shard rollover, which
 * runs once in 1,000 writes, only after about 4 s, and iterations before that run several percent slower.
 */
public class StreamsBenchmark {
    private static final String TABLE = "streamed";
    private static final int RECORDS = 1000;
    private static final int PAGE = 100;
    /** The written item, its attributes in one fixed order. */
    private static final Map<String, AttributeValue> PUT_ITEM = new LinkedHashMap<>(Backends.item("put", 1));

    /** The write path, with the stream {@code off} or keeping both images. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class Writes {
        @Param({"off", "NEW_AND_OLD_IMAGES"})
        public String stream;

        /**
         * How many real milliseconds a day of the engine's clock takes: records live a day (then shards
         * trim them as they roll over), so this sets how many a run keeps, and so what the garbage
         * collector copies (in a test suite on the system clock, every record stays).
         */
        @Param({"50"})
        public long dayMillis;

        private EmbeddedDynamoDb engine;
        private PutItemRequest first;
        private PutItemRequest second;
        private boolean flip;

        @Setup(Level.Trial)
        public void start() {
            engine = engine("off".equals(stream) ? null : StreamViewType.fromValue(stream), dayMillis);
            first = firstPut();
            second = secondPut();
        }

        /** The same item with its count 1, then 2, then 1...: every put changes it, so every put is a record. */
        @Benchmark
        public Object putItem() {
            flip = !flip;
            return engine.putItem(flip ? first : second);
        }
    }

    /** GetRecords of a page of 100 records, from the start of a shard holding 1000. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class Reads {
        @Param({Backends.EMBEDDED, Backends.LOCAL})
        public String backend;

        private AutoCloseable stopper;
        private DynamoDbStreamsClient streams;
        private GetRecordsRequest page;

        @Setup(Level.Trial)
        public void start() {
            DynamoDbClient client;
            if (Backends.EMBEDDED.equals(backend)) {
                EmbeddedDynamoDb engine = new EmbeddedDynamoDb();
                client = engine;
                streams = engine.streams();
                stopper = engine;
            } else {
                DynamoDbLocal local = DynamoDbLocal.start();
                client = local.client();
                streams = local.streamsClient();
                stopper = local;
            }
            createTable(client, StreamViewType.NEW_AND_OLD_IMAGES);
            for (int i = 0; i < RECORDS; i++) {
                client.putItem(PutItemRequest.builder().tableName(TABLE).item(Backends.item("read", i)).build());
            }
            String arn = client.describeTable(b -> b.tableName(TABLE)).table().latestStreamArn();
            String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
            String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            page = GetRecordsRequest.builder().shardIterator(iterator).limit(PAGE).build();
            if (streams.getRecords(page).records().size() != PAGE) {
                throw new IllegalStateException("The first shard does not hold " + PAGE + " records");
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            stopper.close();
        }

        @Benchmark
        public Object getRecords() {
            return streams.getRecords(page);
        }
    }

    /** An engine whose clock runs a day every {@code dayMillis}, holding the benchmark table with this stream. */
    static EmbeddedDynamoDb engine(StreamViewType view, long dayMillis) {
        EmbeddedDynamoDb engine = EmbeddedDynamoDb.builder().clock(new FastClock(86_400_000 / dayMillis)).build();
        createTable(engine, view);
        return engine;
    }

    /** The item the write benchmarks put, with its count 1. */
    static PutItemRequest firstPut() {
        return PutItemRequest.builder().tableName(TABLE).item(PUT_ITEM).build();
    }

    /**
     * The same item with its count 2, its attributes in the same order, as a client's mapper writes
     * them every time (the engine compares the item before and after a write in one pass then).
     */
    static PutItemRequest secondPut() {
        Map<String, AttributeValue> changed = new LinkedHashMap<>(PUT_ITEM);
        changed.put("count", AttributeValue.fromN("2"));
        return PutItemRequest.builder().tableName(TABLE).item(changed).build();
    }

    /** Creates the benchmark table, with a stream of this view type (null: none). */
    private static void createTable(DynamoDbClient client, StreamViewType view) {
        CreateTableRequest.Builder table = CreateTableRequest.builder().tableName(TABLE)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (view != null) {
            table.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
        }
        client.createTable(table.build());
    }
}
