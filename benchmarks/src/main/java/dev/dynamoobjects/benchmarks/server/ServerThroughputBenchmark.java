package dev.dynamoobjects.benchmarks.server;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * GetItem and PutItem requests per second from the AWS SDK for Java v2 over loopback, against
 * this library's server and DynamoDB Local's, side by side. Every trial starts with a warm-up
 * counted in requests ({@link BenchmarkServer#warmUp}), so short JMH iterations are enough. Run
 * with 1 and 8 client threads:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ServerThroughputBenchmark -f 1 -wi 1 -i 3 -w 2s -r 3s -t 1 \
 *     -p server=OURS_OVER_ENGINE,DYNAMODB_LOCAL
 * java -jar benchmarks/target/benchmarks.jar ServerThroughputBenchmark ... -t 8
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ServerThroughputBenchmark {
    private static final int WARM_UP_REQUESTS = 20_000;

    @Param({"OURS_OVER_ENGINE", "OURS_OVER_LOCAL", "OURS_OVER_MAP", "CANNED", "DYNAMODB_LOCAL"})
    public BenchmarkServer server;

    private AutoCloseable running;
    private DynamoDbClient client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        int port = BenchmarkServer.freePort();
        running = server.start(port);
        client = BenchmarkServer.client(port);
        BenchmarkServer.fill(client);
        BenchmarkServer.warmUp(client, WARM_UP_REQUESTS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.close();
        running.close();
    }

    @Benchmark
    public GetItemResponse getItem() {
        int id = ThreadLocalRandom.current().nextInt(BenchmarkServer.ITEMS);
        return BenchmarkServer.get(client, id);
    }

    @Benchmark
    public PutItemResponse putItem() {
        int id = ThreadLocalRandom.current().nextInt(BenchmarkServer.ITEMS);
        return BenchmarkServer.put(client, id);
    }
}
