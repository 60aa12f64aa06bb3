package dev.dynamoobjects.mock.differential;

import dev.dynamoobjects.mock.fixtures.StreamReads;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A consumer of one stream that remembers where it is: each poll returns the records written since
 * the last, following shards from parent to child as they close.
 */
final class StreamCursor {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Map<String, String> iterators = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    /** The sequence number of the last record read from each shard. */
    private final Map<String, BigInteger> lastRead = new HashMap<>();

    StreamCursor(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    /** The records written since the last poll, in order. */
    List<Record> poll() {
        List<Record> records = new ArrayList<>();
        for (Shard shard : StreamReads.shards(streams, streamArn)) {
            if (!finished.contains(shard.shardId())) {
                records.addAll(read(shard.shardId()));
            }
        }
        return records;
    }

    private String horizon(String shardId) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    }

    private List<Record> read(String shardId) {
        String iterator = iterators.computeIfAbsent(shardId, this::horizon);
        List<Record> records = new ArrayList<>();
        while (true) {
            String current = iterator;
            GetRecordsResponse page;
            try {
                page = streams.getRecords(b -> b.shardIterator(current));
            } catch (TrimmedDataAccessException e) {
                // DynamoDB Local refuses an iterator left at a sequence number another table's record took
                // (its numbers are shared by all streams): start again and skip what was read.
                iterator = horizon(shardId);
                continue;
            }
            for (Record record : page.records()) {
                BigInteger sequence = new BigInteger(record.dynamodb().sequenceNumber());
                BigInteger last = lastRead.get(shardId);
                if (last == null || sequence.compareTo(last) > 0) {
                    records.add(record);
                    lastRead.put(shardId, sequence);
                }
            }
            if (page.nextShardIterator() == null) {
                finished.add(shardId);
                iterators.remove(shardId);
                return records;
            }
            iterator = page.nextShardIterator();
            iterators.put(shardId, iterator);
            if (page.records().isEmpty()) {
                return records;
            }
        }
    }
}
