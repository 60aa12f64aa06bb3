package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Every stream of the engine, enabled or not yet aged out, and what they share: the sequence
 * numbers (one counter, so numbers grow across shards and streams), shard ids, the clock, the
 * retention period and when shards roll over.
 *
 * <p>Engine-internal. Not thread-safe: callers hold the engine's write lock.
 */
public final class StreamRegistry {
    /** DynamoDB keeps stream records for 24 hours. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** DynamoDB's shard iterators expire 15 minutes after they are returned. */
    static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);
    /** An open shard rolls over after this long, as DynamoDB's do (every few hours)... */
    static final Duration SHARD_LIFETIME = Duration.ofHours(4);
    private static final long SHARD_LIFETIME_MILLIS = SHARD_LIFETIME.toMillis();
    /** ...or after this many records, so that consumers of busy tests meet shard lineage too. */
    static final int RECORDS_PER_SHARD = 1000;
    /** What {@link #writeMillis} holds while the running write has not read the clock. */
    private static final long NOT_READ = Long.MIN_VALUE;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final Clock clock;
    private final String arnPrefix;
    private final Map<String, TableStream> streams = new TreeMap<>();
    private long lastSequence;
    private int shardCount;
    /**
     * The time of the write that holds the engine's write lock, read from the clock by its first
     * record and shared by the others (a batch's or a transaction's records all carry the time of
     * their request); {@link #NOT_READ} outside a write. Why: on a virtual machine a clock read costs
     * about as much as the rest of a record together.
     */
    private long writeMillis = NOT_READ;
    /** True between {@link #writeStarted} and {@link #writeEnded}; outside (a journal's replay), every record reads the clock. */
    private boolean inWrite;
    /** Records of a running transaction, published when it commits, dropped when it is cancelled. */
    private List<Held> held;

    /** @param arnPrefix the tables' ARN prefix, {@code arn:aws:dynamodb:<region>:<account>:table/} */
    public StreamRegistry(Clock clock, String arnPrefix) {
        this.clock = clock;
        this.arnPrefix = arnPrefix;
    }

    long nowMillis() {
        return clock.millis();
    }

    /** The time of the running write: the clock's, read once per write. */
    private long writeMillis() {
        if (!inWrite) {
            return clock.millis();
        }
        if (writeMillis == NOT_READ) {
            writeMillis = clock.millis();
        }
        return writeMillis;
    }

    /** Starts a write (the engine calls it once it holds its write lock): its records share one clock read. */
    public void writeStarted() {
        inWrite = true;
    }

    /** Ends a write (the engine calls it before it releases its write lock): the next reads the clock anew. */
    public void writeEnded() {
        inWrite = false;
        writeMillis = NOT_READ;
    }

    /**
     * Enables a new stream on a table; its label is the clock's time, moved on by a millisecond while
     * another stream (of this table, or of a deleted one of the same name) has that ARN.
     */
    public TableStream enable(String tableName, List<KeySchemaElement> keySchema, StreamViewType viewType) {
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        while (streams.containsKey(arn(tableName, created))) {
            created = created.plusMillis(1);
        }
        String arn = arn(tableName, created);
        TableStream stream = new TableStream(this, arn, label(created), tableName, keySchema, viewType, created);
        streams.put(arn, stream);
        return stream;
    }

    private String arn(String tableName, Instant created) {
        return arnPrefix + tableName + "/stream/" + label(created);
    }

    private static String label(Instant created) {
        return LABEL.format(LocalDateTime.ofInstant(created, ZoneOffset.UTC));
    }

    /** The stream with this ARN when it is still readable, else null. */
    TableStream stream(String arn) {
        expire();
        return arn == null ? null : streams.get(arn);
    }

    /** The readable streams, by table name and then newest first, as ListStreams pages through them. */
    List<TableStream> streams() {
        expire();
        List<TableStream> all = new ArrayList<>(streams.values());
        all.sort((a, b) -> a.tableName().equals(b.tableName()) ? b.label().compareTo(a.label())
                : a.tableName().compareTo(b.tableName()));
        return all;
    }

    /**
     * The state of every stream, for the data directory's snapshot: the registry's, then
     * {@code tableStreams} it no longer holds (a table's disabled stream that aged out). Called
     * between writes, under the engine's write lock.
     */
    public StreamState state(Collection<TableStream> tableStreams) {
        List<StreamState.Stream> all = new ArrayList<>();
        streams.values().forEach(stream -> all.add(stream.state(true)));
        for (TableStream stream : tableStreams) {
            if (streams.get(stream.arn()) != stream) {
                all.add(stream.state(false));
            }
        }
        return new StreamState(lastSequence, shardCount, all);
    }

    /**
     * Puts back the streams of a snapshot into this empty registry and returns them all by ARN, so
     * that each table gets its latest stream back.
     */
    public Map<String, TableStream> restore(StreamState state) {
        lastSequence = state.lastSequence();
        shardCount = state.shardCount();
        Map<String, TableStream> all = new HashMap<>();
        for (StreamState.Stream image : state.streams()) {
            TableStream stream = new TableStream(this, image);
            all.put(stream.arn(), stream);
            if (image.registered()) {
                streams.put(stream.arn(), stream);
            }
        }
        return all;
    }

    /** Closes every open shard and opens its child: the test-facing way to make consumers follow lineage. */
    public void rolloverAll() {
        streams.values().forEach(TableStream::rollover);
    }

    /** A new open shard, the child of {@code parent} (null for a stream's first). */
    StreamShard newShard(StreamShard parent) {
        long now = nowMillis();
        String id = String.format("shardId-%020d-%08x", now, mix(++shardCount));
        return new StreamShard(id, parent == null ? null : parent.id(), lastSequence + 1, now, RECORDS_PER_SHARD,
                parent == null ? 0 : parent.count());
    }

    /** The sequence number the next record will have: where a LATEST iterator of an open shard points. */
    long nextSequence() {
        return lastSequence + 1;
    }

    /** Hands out the next sequence number. */
    long takeSequence() {
        return ++lastSequence;
    }

    /** True when an open shard has lived its time and rolls over before its next record. */
    boolean outlived(StreamShard shard, long nowMillis) {
        return nowMillis - shard.createdMillis() >= SHARD_LIFETIME_MILLIS;
    }

    /** Appends a change to the stream, or holds it while a transaction runs; see {@link ChangeRecord}. */
    void record(TableStream stream, StoredItem before, StoredItem after, boolean byService) {
        if (held != null) {
            held.add(new Held(stream, before, after, byService));
        } else {
            stream.append(before, after, byService, writeMillis());
        }
    }

    /** Holds the records written from now on until {@link #publishHeld} or {@link #dropHeld}: a transaction runs. */
    public void hold() {
        held = new ArrayList<>();
    }

    /** Publishes the held records, in the order they were written: the transaction committed. */
    public void publishHeld() {
        List<Held> records = held;
        held = null;
        records.forEach(change -> record(change.stream(), change.before(), change.after(), change.byService()));
    }

    /** Drops the held records: the transaction was cancelled and its writes undone. */
    public void dropHeld() {
        held = null;
    }

    /** Trims what the retention period has passed, and forgets disabled streams with nothing left to read. */
    private void expire() {
        long cutoff = nowMillis() - RETENTION.toMillis();
        for (Iterator<TableStream> all = streams.values().iterator(); all.hasNext(); ) {
            TableStream stream = all.next();
            stream.trim(cutoff);
            if (!stream.enabled() && stream.disabledMillis() < cutoff) {
                all.remove();
            }
        }
    }

    /** A change a running transaction made, waiting for it to commit. */
    private record Held(TableStream stream, StoredItem before, StoredItem after, boolean byService) {
    }

    private static int mix(int value) {
        int h = value * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
