package dev.dynamoobjects.benchmarks.server;

import java.util.concurrent.TimeUnit;
import dev.dynamoobjects.mock.internal.server.codec.PojoReader;
import dev.dynamoobjects.mock.internal.server.codec.PojoWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The cost of the server's generic, model-driven JSON codec for one request and one response of
 * the ~200-byte item the throughput benchmark uses:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CodecBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CodecBenchmark {
    private final GetItemResponse response = GetItemResponse.builder().item(BenchmarkServer.item(42)).build();
    private final byte[] request = PojoWriter.write(PutItemRequest.builder()
            .tableName(BenchmarkServer.TABLE).item(BenchmarkServer.item(42)).build());

    @Benchmark
    public PutItemRequest readPutItemRequest() {
        PutItemRequest.Builder builder = PutItemRequest.builder();
        PojoReader.read(request, (SdkPojo) builder);
        return builder.build();
    }

    @Benchmark
    public byte[] writeGetItemResponse() {
        return PojoWriter.write(response);
    }
}
