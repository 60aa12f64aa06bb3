package dev.dynamoobjects.benchmarks.mapping;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Steady-state mapping, record to item and back, of a flat and a nested shape: generated mappers
 * side by side with the Enhanced Client's bean, immutable and hand-written static schemas.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MappingBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MappingBenchmark {
    private static final TableSchema<FlatBean> FLAT_BEAN = TableSchema.fromBean(FlatBean.class);
    private static final TableSchema<FlatImmutable> FLAT_IMMUTABLE = TableSchema.fromImmutableClass(FlatImmutable.class);
    private static final TableSchema<NestedBean> NESTED_BEAN = TableSchema.fromBean(NestedBean.class);
    private static final TableSchema<NestedImmutable> NESTED_IMMUTABLE =
            TableSchema.fromImmutableClass(NestedImmutable.class);

    private final ImmutableFlat flat = Shapes.flat();
    private final FlatBean flatBean = Shapes.flatBean();
    private final FlatImmutable flatImmutable = Shapes.flatImmutable();
    private final ImmutableNested nested = Shapes.nested();
    private final NestedBean nestedBean = Shapes.nestedBean();
    private final NestedImmutable nestedImmutable = Shapes.nestedImmutable();

    /** Fails the run unless every variant writes the same item, so that they all do the same work (prices have
     * fractions: the Enhanced Client writes 5.0 where DynamoDB, and the generated mapper, write 5). */
    @Setup
    public void checkSameItems() {
        same(FlatMapper.INSTANCE.toItem(flat), FLAT_BEAN.itemToMap(flatBean, true),
                FLAT_IMMUTABLE.itemToMap(flatImmutable, true), StaticSchemas.FLAT.itemToMap(flatBean, true));
        same(NestedMapper.INSTANCE.toItem(nested), NESTED_BEAN.itemToMap(nestedBean, true),
                NESTED_IMMUTABLE.itemToMap(nestedImmutable, true), StaticSchemas.NESTED.itemToMap(nestedBean, true));
    }

    @SafeVarargs
    private static void same(Map<String, AttributeValue> expected, Map<String, AttributeValue>... others) {
        for (Map<String, AttributeValue> other : others) {
            if (!expected.equals(other)) {
                throw new IllegalStateException("Items differ:\n" + expected + "\n" + other);
            }
        }
    }

    @Benchmark
    public Flat flatGenerated() {
        return FlatMapper.INSTANCE.fromItem(FlatMapper.INSTANCE.toItem(flat));
    }

    @Benchmark
    public FlatBean flatBeanSchema() {
        return FLAT_BEAN.mapToItem(FLAT_BEAN.itemToMap(flatBean, true));
    }

    @Benchmark
    public FlatImmutable flatImmutableSchema() {
        return FLAT_IMMUTABLE.mapToItem(FLAT_IMMUTABLE.itemToMap(flatImmutable, true));
    }

    @Benchmark
    public FlatBean flatStaticSchema() {
        return StaticSchemas.FLAT.mapToItem(StaticSchemas.FLAT.itemToMap(flatBean, true));
    }

    @Benchmark
    public Nested nestedGenerated() {
        return NestedMapper.INSTANCE.fromItem(NestedMapper.INSTANCE.toItem(nested));
    }

    @Benchmark
    public NestedBean nestedBeanSchema() {
        return NESTED_BEAN.mapToItem(NESTED_BEAN.itemToMap(nestedBean, true));
    }

    @Benchmark
    public NestedImmutable nestedImmutableSchema() {
        return NESTED_IMMUTABLE.mapToItem(NESTED_IMMUTABLE.itemToMap(nestedImmutable, true));
    }

    @Benchmark
    public NestedBean nestedStaticSchema() {
        return StaticSchemas.NESTED.mapToItem(StaticSchemas.NESTED.itemToMap(nestedBean, true));
    }
}
