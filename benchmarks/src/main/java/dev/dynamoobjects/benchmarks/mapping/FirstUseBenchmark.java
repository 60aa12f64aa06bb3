package dev.dynamoobjects.benchmarks.mapping;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * First use in a fresh JVM: the time to map one item of each of 20 record types, generated mappers
 * against {@code TableSchema.fromBean} for 20 equivalent beans. Every measurement is a new JVM
 * (one shot per fork), so class loading, reflection and lambda spinning are all counted.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar FirstUseBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstUseBenchmark {
    /** The SDK's own first-use cost, paid by both: loading and initializing {@code AttributeValue}. */
    @Benchmark
    public Object attributeValueOnly() {
        return AttributeValue.fromS("a");
    }

    @Benchmark
    public void generatedMappers(Blackhole bh) {
        GeneratedFirstUse.mapOneOfEach(bh);
    }

    @Benchmark
    public void beanTableSchemas(Blackhole bh) {
        BeanFirstUse.mapOneOfEach(bh);
    }
}
