package dev.dynamoobjects.mock.internal.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * One shard of a stream: its records in sequence order, open until it rolls over or the stream is
 * disabled. Records older than the retention period are trimmed from the front.
 */
final class StreamShard {
    private final String id;
    private final String parentId;
    private final long startingSequence;
    private final long createdMillis;
    private final List<ChangeRecord> records;
    /** Index of the first untrimmed record: trimming moves it instead of shifting the list. */
    private int first;
    /** The sequence number of the last trimmed record, 0 when none was. */
    private long trimmedThrough;
    private long endingSequence = -1;
    private long closedMillis;

    /** @param capacity the records the shard takes before it rolls over: its list never grows */
    StreamShard(String id, String parentId, long startingSequence, long createdMillis, int capacity) {
        this.records = new ArrayList<>(capacity);
        this.id = id;
        this.parentId = parentId;
        this.startingSequence = startingSequence;
        this.createdMillis = createdMillis;
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

    int size() {
        return records.size() - first;
    }

    void append(ChangeRecord record) {
        records.add(record);
    }

    void close(long nowMillis) {
        endingSequence = Math.max(startingSequence, lastSequence());
        closedMillis = nowMillis;
    }

    /** Drops the records created before {@code cutoffMillis}. */
    void trim(long cutoffMillis) {
        while (first < records.size() && records.get(first).createdMillis() < cutoffMillis) {
            trimmedThrough = records.get(first).sequence();
            records.set(first++, null);
        }
        if (first > 1024 && first * 2 > records.size()) {
            records.subList(0, first).clear();
            first = 0;
        }
    }

    /** The sequence number of the shard's last record, one before its start when it has none. */
    long lastSequence() {
        return records.size() > first ? records.get(records.size() - 1).sequence()
                : Math.max(startingSequence - 1, trimmedThrough);
    }

    /** Up to {@code limit} records whose sequence numbers are at least {@code from}, in order. */
    List<ChangeRecord> read(long from, int limit) {
        int index = indexOf(from);
        int end = Math.min(records.size(), index + limit);
        return new ArrayList<>(records.subList(index, end));
    }

    /** The index of the first untrimmed record at or after {@code sequence}. */
    private int indexOf(long sequence) {
        int low = first;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (records.get(middle).sequence() < sequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
