package dev.dynamoobjects.benchmarks.server;

/**
 * Latencies in nanoseconds, counted in log-linear buckets as HdrHistogram does: 64 linear buckets
 * per power of two, so any recorded value is reported within 1.6% of itself, in a fixed 30 KB
 * array and without allocating per value. One per generator thread; {@link #add} merges them.
 */
final class LatencyHistogram {
    private static final int SUB_BITS = 6;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    private static final int LINEAR = 2 * SUB_COUNT;

    private final long[] counts = new long[LINEAR + (63 - SUB_BITS) * SUB_COUNT];
    private long total;

    void record(long nanos) {
        counts[index(Math.max(0, nanos))]++;
        total++;
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    long count() {
        return total;
    }

    /** The latency below which {@code fraction} of the values lie (the bucket's highest value), in ns. */
    long percentile(double fraction) {
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return highest(i);
            }
        }
        return 0;
    }

    private static int index(long value) {
        if (value < LINEAR) {
            return (int) value;
        }
        int msb = 63 - Long.numberOfLeadingZeros(value);
        int shift = msb - SUB_BITS;
        return LINEAR + (msb - SUB_BITS - 1) * SUB_COUNT + (int) (value >> shift) - SUB_COUNT;
    }

    private static long highest(int index) {
        if (index < LINEAR) {
            return index;
        }
        int msb = SUB_BITS + 1 + (index - LINEAR) / SUB_COUNT;
        long mantissa = SUB_COUNT + (index - LINEAR) % SUB_COUNT;
        int shift = msb - SUB_BITS;
        return ((mantissa + 1) << shift) - 1;
    }
}
