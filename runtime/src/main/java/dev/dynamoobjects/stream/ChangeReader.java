package dev.dynamoobjects.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A position in a table's change feed that moves forward as it reads: each {@link #poll()} returns
 * the changes that arrived since the last one, and {@link #checkpoint()} the text to resume from in
 * another process. Shards are read parents first, so the changes of one item come in the order they
 * happened. One reader belongs to one thread; it keeps the shard iterators between polls and gets
 * them again from its checkpoint when they expire.
 *
 * <pre>{@code
 * ChangeReader<Product> reader = feed.from(store.load());
 * while (running) {
 *     reader.poll().forEach(this::handle);
 *     store.save(reader.checkpoint());
 *     Thread.sleep(1000);
 * }
 * }</pre>
 *
 * @param <R> the record type
 */
public final class ChangeReader<R> {
    /** The most changes one poll returns, so that a reader far behind catches up in steps. */
    static final int MAX_CHANGES_PER_POLL = 1000;

    private final ChangeSource<R> source;
    private final String table;
    private final DynamoDbStreamsClient streams;
    private final Checkpoint checkpoint;
    /** Shards to read from their newest record rather than their first, until a change is read. */
    private final Set<String> fromLatest;
    private final Map<String, String> iterators = new HashMap<>();

    ChangeReader(ChangeSource<R> source, DynamoDbStreamsClient streams, Checkpoint checkpoint, Set<String> fromLatest) {
        this.source = source;
        this.table = source.tableName();
        this.streams = streams;
        this.checkpoint = checkpoint;
        this.fromLatest = new HashSet<>(fromLatest);
    }

    /** Returns a reader of the changes after this call: open shards from their end, closed ones not at all. */
    static <R> ChangeReader<R> atLatest(ChangeSource<R> source, DynamoDbStreamsClient streams, String streamArn) {
        ChangeReader<R> reader = new ChangeReader<>(source, streams, Checkpoint.start(streamArn), Set.of());
        for (Shard shard : reader.call("DescribeStream", null, () -> ShardLineage.describe(streams, streamArn))) {
            if (isOpen(shard)) {
                // Taken now: a LATEST iterator taken later would skip what happens meanwhile.
                reader.fromLatest.add(shard.shardId());
                reader.iterators.put(shard.shardId(), reader.iterator(shard.shardId()));
            } else {
                reader.checkpoint.done(shard.shardId());
            }
        }
        return reader;
    }

    /**
     * Returns the changes that arrived since the last poll (at most {@value #MAX_CHANGES_PER_POLL}),
     * possibly none; the checkpoint moves past them.
     *
     * @throws ChangesTrimmedException when changes not yet read were trimmed from the stream
     * @throws ChangeFeedException     when a Streams request fails
     */
    public List<Change<R>> poll() {
        List<Shard> shards = call("DescribeStream", null, () -> ShardLineage.describe(streams, checkpoint.streamArn()));
        Set<String> listed = shards.stream().map(Shard::shardId).collect(Collectors.toSet());
        String lost = checkpoint.unfinishedMissingFrom(listed);
        if (lost != null) {
            throw new ChangesTrimmedException(StreamMessages.shardGone(table, lost,
                    "sequence number " + checkpoint.lastRead(lost)), table, lost, null);
        }
        List<Change<R>> changes = new ArrayList<>();
        for (Shard shard : ShardLineage.parentsFirst(shards)) {
            if (changes.size() >= MAX_CHANGES_PER_POLL) {
                break;
            }
            String parent = shard.parentShardId();
            boolean parentPending = parent != null && listed.contains(parent) && !checkpoint.isDone(parent);
            if (!checkpoint.isDone(shard.shardId()) && !parentPending) {
                readShard(shard.shardId(), isOpen(shard), changes);
            }
        }
        checkpoint.forgetFinishedExcept(listed);
        iterators.keySet().retainAll(listed);
        return changes;
    }

    /**
     * Returns the text of this reader's position, to store and pass to {@link ChangeFeed#from(String)}
     * later: the stream and, per shard, the last change read.
     */
    public String checkpoint() {
        return checkpoint.toString();
    }

    /** DescribeStream gives a closed shard an ending sequence number; an open one has none yet. */
    private static boolean isOpen(Shard shard) {
        return shard.sequenceNumberRange() == null || shard.sequenceNumberRange().endingSequenceNumber() == null;
    }

    /**
     * Reads one shard until it ends (no next iterator), the poll is full or, for an open shard, a page
     * is empty. An empty page of an open shard ends this poll only: the GetRecords API reference warns
     * that a part of a shard may hold no records and that reaching the records after it can take
     * several calls, so the next poll reads on from the iterator kept.
     */
    private void readShard(String shardId, boolean open, List<Change<R>> changes) {
        String iterator = iterators.containsKey(shardId) ? iterators.get(shardId) : iterator(shardId);
        boolean renewed = false;
        while (iterator != null && changes.size() < MAX_CHANGES_PER_POLL) {
            GetRecordsResponse page;
            try {
                String current = iterator;
                int room = MAX_CHANGES_PER_POLL - changes.size();
                page = call("GetRecords", shardId, () -> streams.getRecords(r -> r.shardIterator(current).limit(room)));
                renewed = false;
            } catch (ExpiredIteratorException e) {
                if (renewed) {
                    throw new ChangeFeedException(StreamMessages.failed("GetRecords", table,
                            checkpoint.streamArn(), "a fresh shard iterator expired at once: " + e.getMessage()),
                            table, e);
                }
                iterator = iterator(shardId);
                renewed = true;
                continue;
            } catch (LimitExceededException e) {
                break; // DynamoDB's per-shard read rate; the next poll goes on from here.
            }
            for (software.amazon.awssdk.services.dynamodb.model.Record record : page.records()) {
                Change<R> change = source.change(record);
                if (change != null) {
                    changes.add(change);
                }
                checkpoint.read(shardId, record.dynamodb().sequenceNumber());
                fromLatest.remove(shardId);
            }
            iterator = page.nextShardIterator();
            if (iterator == null) {
                checkpoint.done(shardId);
            } else if (open && page.records().isEmpty()) {
                break;
            }
        }
        if (iterator == null) {
            iterators.remove(shardId);
        } else {
            iterators.put(shardId, iterator);
        }
    }

    /** Gets a shard iterator at the checkpoint: after its last change read, or at the shard's start. */
    private String iterator(String shardId) {
        String last = checkpoint.lastRead(shardId);
        ShardIteratorType type = last != null ? ShardIteratorType.AFTER_SEQUENCE_NUMBER
                : fromLatest.contains(shardId) ? ShardIteratorType.LATEST : ShardIteratorType.TRIM_HORIZON;
        return call("GetShardIterator", shardId, () -> streams.getShardIterator(r -> r.streamArn(checkpoint.streamArn())
                .shardId(shardId).shardIteratorType(type).sequenceNumber(last))).shardIterator();
    }

    private <T> T call(String operation, String shardId, Supplier<T> request) {
        try {
            return request.get();
        } catch (TrimmedDataAccessException e) {
            String last = checkpoint.lastRead(shardId);
            String position = last == null ? "from its start" : "after sequence number " + last;
            throw new ChangesTrimmedException(StreamMessages.trimmed(table, shardId, position),
                    table, shardId, e);
        } catch (ExpiredIteratorException | LimitExceededException e) {
            throw e;
        } catch (SdkException e) {
            throw new ChangeFeedException(StreamMessages.failed(operation, table, checkpoint.streamArn(),
                    e.getMessage()), table, e);
        }
    }
}
