package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One shard of a stream: its records in sequence order, open until it rolls over (full, or old) or
 * the stream is disabled. Records older than the retention period are trimmed from the front.
 *
 * <p>Why arrays, one per field, rather than a list of record objects: a write then makes no object
 * for its record (one fewer allocation per write, and less for the garbage collector to copy while
 * the record is kept); {@link #read} makes the {@link ChangeRecord}s a reader asks for. A record
 * keeps each item's {@linkplain StoredItem#image image} and size, not the item itself: the store's
 * item object dies when the write replaces it, only its attribute array lives on in the record. The
 * arrays (33 bytes a record) are made at the first record, as long as the parent shard's records (a
 * shard usually takes as many as its parent did), and double when they fill, up to the capacity.
 */
final class StreamShard {
    private static final int SMALLEST_LENGTH = 16;
    private static final Object[] NO_IMAGES = {};
    private static final int[] NO_INTS = {};
    private static final long[] NO_LONGS = {};
    private static final boolean[] NO_FLAGS = {};
    private final String id;
    private final String parentId;
    private final long startingSequence;
    private final long createdMillis;
    private final int capacity;
    /** How many records the shard's arrays are made for at first. */
    private final int expected;
    /** Each record's images: the item before the write at {@code 2 * i}, after it at {@code 2 * i + 1} (null: none). */
    private Object[] images = NO_IMAGES;
    /** The sizes of those images, at the same places. */
    private int[] sizes = NO_INTS;
    private long[] createdMillisOf = NO_LONGS;
    private long[] sequences = NO_LONGS;
    private boolean[] byService = NO_FLAGS;
    /** How many records were appended, trimmed ones too: the shard takes its capacity. */
    private int count;
    /** Index of the first untrimmed record: trimming moves it and clears the slots behind. */
    private int first;
    /** The sequence number of the last trimmed record, 0 when none was. */
    private long trimmedThrough;
    /** The latest creation time of the shard's records (times follow the clock, which a test may set back). */
    private long latestMillis = Long.MIN_VALUE;
    private long endingSequence = -1;
    private long closedMillis;

    /**
     * @param capacity the records the shard takes before it rolls over
     * @param expected how many it will likely take: its parent's count
     */
    StreamShard(String id, String parentId, long startingSequence, long createdMillis, int capacity, int expected) {
        this.id = id;
        this.parentId = parentId;
        this.startingSequence = startingSequence;
        this.createdMillis = createdMillis;
        this.capacity = capacity;
        this.expected = expected;
    }

    /** A shard as {@code state} left it, its records in arrays of its count's length. */
    static StreamShard restore(StreamState.Shard state) {
        StreamShard shard = new StreamShard(state.id(), state.parentId(), state.startingSequence(),
                state.createdMillis(), state.capacity(), state.expected());
        int length = Math.max(state.count(), shard.expected);
        shard.images = new Object[2 * length];
        shard.sizes = new int[2 * length];
        shard.createdMillisOf = new long[length];
        shard.byService = new boolean[length];
        shard.sequences = new long[length];
        int kept = state.count() - state.first();
        System.arraycopy(state.images(), 0, shard.images, 2 * state.first(), 2 * kept);
        System.arraycopy(state.sizes(), 0, shard.sizes, 2 * state.first(), 2 * kept);
        System.arraycopy(state.createdMillisOf(), 0, shard.createdMillisOf, state.first(), kept);
        System.arraycopy(state.byService(), 0, shard.byService, state.first(), kept);
        System.arraycopy(state.sequences(), 0, shard.sequences, state.first(), kept);
        shard.count = state.count();
        shard.first = state.first();
        for (long created : state.createdMillisOf()) {
            shard.latestMillis = Math.max(shard.latestMillis, created);
        }
        shard.trimmedThrough = state.trimmedThrough();
        shard.endingSequence = state.endingSequence();
        shard.closedMillis = state.closedMillis();
        return shard;
    }

    /** The shard's state: its untrimmed records' references copied, not the items. */
    StreamState.Shard state() {
        return new StreamState.Shard(id, parentId, startingSequence, createdMillis, capacity, expected, count, first,
                trimmedThrough, endingSequence, closedMillis, copy(images, 2 * first, 2 * count),
                Arrays.copyOfRange(sizes, 2 * first, 2 * count), Arrays.copyOfRange(createdMillisOf, first, count),
                Arrays.copyOfRange(byService, first, count), Arrays.copyOfRange(sequences, first, count));
    }

    /** A copy of the images from {@code from} to {@code to}; none when a whole-shard trim let go of them all. */
    private static Object[] copy(Object[] images, int from, int to) {
        return from == to ? NO_IMAGES : Arrays.copyOfRange(images, from, to);
    }

    String id() {
        return id;
    }

    String parentId() {
        return parentId;
    }

    long startingSequence() {
        return startingSequence;
    }

    long createdMillis() {
        return createdMillis;
    }

    boolean closed() {
        return endingSequence >= 0;
    }

    /** True when the shard took its capacity of records and must roll over before the next. */
    boolean full() {
        return count >= capacity;
    }

    /** The EndingSequenceNumber of a closed shard: its last record's, its start when it has none. */
    long endingSequence() {
        return endingSequence;
    }

    long closedMillis() {
        return closedMillis;
    }

    long trimmedThrough() {
        return trimmedThrough;
    }

    /** How many records were appended, trimmed ones too. */
    int count() {
        return count;
    }

    /** The records not trimmed yet. */
    int size() {
        return count - first;
    }

    /** Appends a record (the shard is not {@link #full}); see {@link ChangeRecord} for the fields. */
    void append(StoredItem before, StoredItem after, long createdMillis, boolean service, long sequence) {
        if (count == sequences.length) {
            grow();
        }
        int slot = 2 * count;
        if (before != null) {
            images[slot] = before.image();
            sizes[slot] = before.size();
        }
        if (after != null) {
            images[slot + 1] = after.image();
            sizes[slot + 1] = after.size();
        }
        createdMillisOf[count] = createdMillis;
        latestMillis = Math.max(latestMillis, createdMillis);
        byService[count] = service;
        sequences[count++] = sequence;
    }

    private void grow() {
        int length = Math.min(capacity, count == 0 ? Math.max(SMALLEST_LENGTH, expected) : count * 2);
        images = Arrays.copyOf(images, 2 * length);
        sizes = Arrays.copyOf(sizes, 2 * length);
        createdMillisOf = Arrays.copyOf(createdMillisOf, length);
        byService = Arrays.copyOf(byService, length);
        sequences = Arrays.copyOf(sequences, length);
    }

    void close(long nowMillis) {
        endingSequence = Math.max(startingSequence, lastSequence());
        closedMillis = nowMillis;
    }

    /**
     * Drops the records created before {@code cutoffMillis}, from the front, letting go of their
     * images; a closed shard whose records all passed it lets go of them all at once (the usual case
     * at a rollover: whole shards age out), not record by record.
     */
    void trim(long cutoffMillis) {
        if (closed() && first < count && latestMillis < cutoffMillis) {
            trimmedThrough = sequences[count - 1];
            first = count;
            images = NO_IMAGES;
            return;
        }
        while (first < count && createdMillisOf[first] < cutoffMillis) {
            trimmedThrough = sequences[first];
            images[2 * first] = null;
            images[2 * first++ + 1] = null;
        }
    }

    /** The sequence number of the shard's last record, one before its start when it has none. */
    long lastSequence() {
        return count > first ? sequences[count - 1] : Math.max(startingSequence - 1, trimmedThrough);
    }

    /** Up to {@code limit} records whose sequence numbers are at least {@code from}, in order. */
    List<ChangeRecord> read(long from, int limit) {
        int index = indexOf(from);
        int end = (int) Math.min(count, (long) index + limit);
        List<ChangeRecord> records = new ArrayList<>(end - index);
        for (int i = index; i < end; i++) {
            records.add(new ChangeRecord(images[2 * i], sizes[2 * i], images[2 * i + 1], sizes[2 * i + 1],
                    createdMillisOf[i], byService[i], sequences[i]));
        }
        return records;
    }

    /** The index of the first untrimmed record at or after {@code sequence}. */
    private int indexOf(long sequence) {
        int found = Arrays.binarySearch(sequences, first, count, sequence);
        return found >= 0 ? found : -found - 1;
    }
}
