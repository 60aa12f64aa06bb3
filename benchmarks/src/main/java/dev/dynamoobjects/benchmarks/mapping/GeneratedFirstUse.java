package dev.dynamoobjects.benchmarks.mapping;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The generated side of {@link FirstUseBenchmark}: one item of each of the 20 record types, to the
 * item and back. Its own class, so that the JVM loads and verifies it, and the types it names,
 * inside the measured call: verifying the benchmark class would load them before the timer starts.
 */
final class GeneratedFirstUse {
    private GeneratedFirstUse() {
    }

    static void mapOneOfEach(Blackhole bh) {
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
}
