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
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
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
        bh.consume(TwentyRecords_T01Mapper.INSTANCE.fromItem(TwentyRecords_T01Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T01.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T02Mapper.INSTANCE.fromItem(TwentyRecords_T02Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T02.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T03Mapper.INSTANCE.fromItem(TwentyRecords_T03Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T03.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T04Mapper.INSTANCE.fromItem(TwentyRecords_T04Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T04.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T05Mapper.INSTANCE.fromItem(TwentyRecords_T05Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T05.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T06Mapper.INSTANCE.fromItem(TwentyRecords_T06Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T06.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T07Mapper.INSTANCE.fromItem(TwentyRecords_T07Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T07.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T08Mapper.INSTANCE.fromItem(TwentyRecords_T08Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T08.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T09Mapper.INSTANCE.fromItem(TwentyRecords_T09Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T09.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T10Mapper.INSTANCE.fromItem(TwentyRecords_T10Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T10.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T11Mapper.INSTANCE.fromItem(TwentyRecords_T11Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T11.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T12Mapper.INSTANCE.fromItem(TwentyRecords_T12Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T12.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T13Mapper.INSTANCE.fromItem(TwentyRecords_T13Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T13.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T14Mapper.INSTANCE.fromItem(TwentyRecords_T14Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T14.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T15Mapper.INSTANCE.fromItem(TwentyRecords_T15Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T15.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T16Mapper.INSTANCE.fromItem(TwentyRecords_T16Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T16.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T17Mapper.INSTANCE.fromItem(TwentyRecords_T17Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T17.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T18Mapper.INSTANCE.fromItem(TwentyRecords_T18Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T18.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T19Mapper.INSTANCE.fromItem(TwentyRecords_T19Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T19.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
        bh.consume(TwentyRecords_T20Mapper.INSTANCE.fromItem(TwentyRecords_T20Mapper.INSTANCE.toItem(
                ImmutableTwentyRecords_T20.builder().id("a").name("n").quantity(1).updatedAt(2L).price(3.5).active(true).build())));
    }

    @Benchmark
    public void beanTableSchemas(Blackhole bh) {
        TwentyBeans.T01 b01 = new TwentyBeans.T01();
        b01.setId("a");
        b01.setName("n");
        b01.setQuantity(1);
        b01.setUpdatedAt(2L);
        b01.setPrice(3.5);
        b01.setActive(true);
        TableSchema<TwentyBeans.T01> s01 = TableSchema.fromBean(TwentyBeans.T01.class);
        bh.consume(s01.mapToItem(s01.itemToMap(b01, true)));
        TwentyBeans.T02 b02 = new TwentyBeans.T02();
        b02.setId("a");
        b02.setName("n");
        b02.setQuantity(1);
        b02.setUpdatedAt(2L);
        b02.setPrice(3.5);
        b02.setActive(true);
        TableSchema<TwentyBeans.T02> s02 = TableSchema.fromBean(TwentyBeans.T02.class);
        bh.consume(s02.mapToItem(s02.itemToMap(b02, true)));
        TwentyBeans.T03 b03 = new TwentyBeans.T03();
        b03.setId("a");
        b03.setName("n");
        b03.setQuantity(1);
        b03.setUpdatedAt(2L);
        b03.setPrice(3.5);
        b03.setActive(true);
        TableSchema<TwentyBeans.T03> s03 = TableSchema.fromBean(TwentyBeans.T03.class);
        bh.consume(s03.mapToItem(s03.itemToMap(b03, true)));
        TwentyBeans.T04 b04 = new TwentyBeans.T04();
        b04.setId("a");
        b04.setName("n");
        b04.setQuantity(1);
        b04.setUpdatedAt(2L);
        b04.setPrice(3.5);
        b04.setActive(true);
        TableSchema<TwentyBeans.T04> s04 = TableSchema.fromBean(TwentyBeans.T04.class);
        bh.consume(s04.mapToItem(s04.itemToMap(b04, true)));
        TwentyBeans.T05 b05 = new TwentyBeans.T05();
        b05.setId("a");
        b05.setName("n");
        b05.setQuantity(1);
        b05.setUpdatedAt(2L);
        b05.setPrice(3.5);
        b05.setActive(true);
        TableSchema<TwentyBeans.T05> s05 = TableSchema.fromBean(TwentyBeans.T05.class);
        bh.consume(s05.mapToItem(s05.itemToMap(b05, true)));
        TwentyBeans.T06 b06 = new TwentyBeans.T06();
        b06.setId("a");
        b06.setName("n");
        b06.setQuantity(1);
        b06.setUpdatedAt(2L);
        b06.setPrice(3.5);
        b06.setActive(true);
        TableSchema<TwentyBeans.T06> s06 = TableSchema.fromBean(TwentyBeans.T06.class);
        bh.consume(s06.mapToItem(s06.itemToMap(b06, true)));
        TwentyBeans.T07 b07 = new TwentyBeans.T07();
        b07.setId("a");
        b07.setName("n");
        b07.setQuantity(1);
        b07.setUpdatedAt(2L);
        b07.setPrice(3.5);
        b07.setActive(true);
        TableSchema<TwentyBeans.T07> s07 = TableSchema.fromBean(TwentyBeans.T07.class);
        bh.consume(s07.mapToItem(s07.itemToMap(b07, true)));
        TwentyBeans.T08 b08 = new TwentyBeans.T08();
        b08.setId("a");
        b08.setName("n");
        b08.setQuantity(1);
        b08.setUpdatedAt(2L);
        b08.setPrice(3.5);
        b08.setActive(true);
        TableSchema<TwentyBeans.T08> s08 = TableSchema.fromBean(TwentyBeans.T08.class);
        bh.consume(s08.mapToItem(s08.itemToMap(b08, true)));
        TwentyBeans.T09 b09 = new TwentyBeans.T09();
        b09.setId("a");
        b09.setName("n");
        b09.setQuantity(1);
        b09.setUpdatedAt(2L);
        b09.setPrice(3.5);
        b09.setActive(true);
        TableSchema<TwentyBeans.T09> s09 = TableSchema.fromBean(TwentyBeans.T09.class);
        bh.consume(s09.mapToItem(s09.itemToMap(b09, true)));
        TwentyBeans.T10 b10 = new TwentyBeans.T10();
        b10.setId("a");
        b10.setName("n");
        b10.setQuantity(1);
        b10.setUpdatedAt(2L);
        b10.setPrice(3.5);
        b10.setActive(true);
        TableSchema<TwentyBeans.T10> s10 = TableSchema.fromBean(TwentyBeans.T10.class);
        bh.consume(s10.mapToItem(s10.itemToMap(b10, true)));
        TwentyBeans.T11 b11 = new TwentyBeans.T11();
        b11.setId("a");
        b11.setName("n");
        b11.setQuantity(1);
        b11.setUpdatedAt(2L);
        b11.setPrice(3.5);
        b11.setActive(true);
        TableSchema<TwentyBeans.T11> s11 = TableSchema.fromBean(TwentyBeans.T11.class);
        bh.consume(s11.mapToItem(s11.itemToMap(b11, true)));
        TwentyBeans.T12 b12 = new TwentyBeans.T12();
        b12.setId("a");
        b12.setName("n");
        b12.setQuantity(1);
        b12.setUpdatedAt(2L);
        b12.setPrice(3.5);
        b12.setActive(true);
        TableSchema<TwentyBeans.T12> s12 = TableSchema.fromBean(TwentyBeans.T12.class);
        bh.consume(s12.mapToItem(s12.itemToMap(b12, true)));
        TwentyBeans.T13 b13 = new TwentyBeans.T13();
        b13.setId("a");
        b13.setName("n");
        b13.setQuantity(1);
        b13.setUpdatedAt(2L);
        b13.setPrice(3.5);
        b13.setActive(true);
        TableSchema<TwentyBeans.T13> s13 = TableSchema.fromBean(TwentyBeans.T13.class);
        bh.consume(s13.mapToItem(s13.itemToMap(b13, true)));
        TwentyBeans.T14 b14 = new TwentyBeans.T14();
        b14.setId("a");
        b14.setName("n");
        b14.setQuantity(1);
        b14.setUpdatedAt(2L);
        b14.setPrice(3.5);
        b14.setActive(true);
        TableSchema<TwentyBeans.T14> s14 = TableSchema.fromBean(TwentyBeans.T14.class);
        bh.consume(s14.mapToItem(s14.itemToMap(b14, true)));
        TwentyBeans.T15 b15 = new TwentyBeans.T15();
        b15.setId("a");
        b15.setName("n");
        b15.setQuantity(1);
        b15.setUpdatedAt(2L);
        b15.setPrice(3.5);
        b15.setActive(true);
        TableSchema<TwentyBeans.T15> s15 = TableSchema.fromBean(TwentyBeans.T15.class);
        bh.consume(s15.mapToItem(s15.itemToMap(b15, true)));
        TwentyBeans.T16 b16 = new TwentyBeans.T16();
        b16.setId("a");
        b16.setName("n");
        b16.setQuantity(1);
        b16.setUpdatedAt(2L);
        b16.setPrice(3.5);
        b16.setActive(true);
        TableSchema<TwentyBeans.T16> s16 = TableSchema.fromBean(TwentyBeans.T16.class);
        bh.consume(s16.mapToItem(s16.itemToMap(b16, true)));
        TwentyBeans.T17 b17 = new TwentyBeans.T17();
        b17.setId("a");
        b17.setName("n");
        b17.setQuantity(1);
        b17.setUpdatedAt(2L);
        b17.setPrice(3.5);
        b17.setActive(true);
        TableSchema<TwentyBeans.T17> s17 = TableSchema.fromBean(TwentyBeans.T17.class);
        bh.consume(s17.mapToItem(s17.itemToMap(b17, true)));
        TwentyBeans.T18 b18 = new TwentyBeans.T18();
        b18.setId("a");
        b18.setName("n");
        b18.setQuantity(1);
        b18.setUpdatedAt(2L);
        b18.setPrice(3.5);
        b18.setActive(true);
        TableSchema<TwentyBeans.T18> s18 = TableSchema.fromBean(TwentyBeans.T18.class);
        bh.consume(s18.mapToItem(s18.itemToMap(b18, true)));
        TwentyBeans.T19 b19 = new TwentyBeans.T19();
        b19.setId("a");
        b19.setName("n");
        b19.setQuantity(1);
        b19.setUpdatedAt(2L);
        b19.setPrice(3.5);
        b19.setActive(true);
        TableSchema<TwentyBeans.T19> s19 = TableSchema.fromBean(TwentyBeans.T19.class);
        bh.consume(s19.mapToItem(s19.itemToMap(b19, true)));
        TwentyBeans.T20 b20 = new TwentyBeans.T20();
        b20.setId("a");
        b20.setName("n");
        b20.setQuantity(1);
        b20.setUpdatedAt(2L);
        b20.setPrice(3.5);
        b20.setActive(true);
        TableSchema<TwentyBeans.T20> s20 = TableSchema.fromBean(TwentyBeans.T20.class);
        bh.consume(s20.mapToItem(s20.itemToMap(b20, true)));
    }
}
