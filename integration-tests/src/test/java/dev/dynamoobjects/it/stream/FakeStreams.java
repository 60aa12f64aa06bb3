package dev.dynamoobjects.it.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A stream of {@link Parcel} changes whose shards a test arranges (split, closed, trimmed), behind
 * the public {@link DynamoDbStreamsClient} API: what DynamoDB Local rarely shows. Its listing is
 * paged two shards at a time, and GetRecords returns at most two records, so readers must follow
 * both.
 */
final class FakeStreams implements DynamoDbStreamsClient {
    static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/parcel/stream/2026-01-01T00:00:00.000";
    private static final int PAGE = 2;

    private final Map<String, Shard> shards = new LinkedHashMap<>();
    private final Map<String, List<Record>> records = new LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> throttledOnce = new HashSet<>();
    private final Set<String> trimmed = new HashSet<>();
    private long sequence;
    /** Iterators of an older generation have expired. */
    private int generation;

    /** Adds an open shard; {@code parent} may be null. */
    FakeStreams shard(String shardId, String parent) {
        shards.put(shardId, Shard.builder().shardId(shardId).parentShardId(parent)
                .sequenceNumberRange(r -> r.startingSequenceNumber(sequenceNumber(sequence + 1))).build());
        records.put(shardId, new ArrayList<>());
        return this;
    }

    /** Appends the change of parcel {@code parcelId} to weight {@code weight} (an insert at weight 1). */
    FakeStreams change(String shardId, String parcelId, int weight) {
        Map<String, AttributeValue> key = Map.of("depot", AttributeValue.fromS("d1"), "parcelId", AttributeValue.fromS(parcelId));
        StreamRecord.Builder change = StreamRecord.builder().keys(key).sequenceNumber(sequenceNumber(++sequence))
                .approximateCreationDateTime(Instant.ofEpochSecond(sequence)).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                .newImage(image(key, weight));
        if (weight > 1) {
            change.oldImage(image(key, weight - 1));
        }
        records.get(shardId).add(Record.builder().eventName(weight > 1 ? OperationType.MODIFY : OperationType.INSERT)
                .dynamodb(change.build()).build());
        return this;
    }

    /** Closes a shard: it takes no more changes and is read to its end. */
    FakeStreams close(String shardId) {
        closed.add(shardId);
        Shard shard = shards.get(shardId);
        shards.put(shardId, shard.toBuilder().sequenceNumberRange(r -> r.startingSequenceNumber(
                shard.sequenceNumberRange().startingSequenceNumber()).endingSequenceNumber(sequenceNumber(sequence))).build());
        return this;
    }

    /** The next GetRecords of the shard fails as DynamoDB's per-shard rate limit does. */
    void throttleOnce(String shardId) {
        throttledOnce.add(shardId);
    }

    /** Every iterator handed out so far expires, as after 15 minutes. */
    void expireIterators() {
        generation++;
    }

    /** The shard's records are past the trim horizon; {@code vanish} also drops it from the listing. */
    void trim(String shardId, boolean vanish) {
        trimmed.add(shardId);
        if (vanish) {
            shards.remove(shardId);
        }
    }

    @Override
    public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
        List<Shard> all = new ArrayList<>(shards.values());
        int from = 0;
        while (request.exclusiveStartShardId() != null && !all.get(from++).shardId().equals(request.exclusiveStartShardId())) {
            // Skips to the shard after the last one returned.
        }
        List<Shard> page = all.subList(from, Math.min(all.size(), from + PAGE));
        String last = from + PAGE < all.size() ? page.get(page.size() - 1).shardId() : null;
        return DescribeStreamResponse.builder().streamDescription(d -> d.streamArn(ARN).shards(page)
                .lastEvaluatedShardId(last)).build();
    }

    @Override
    public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
        String shardId = request.shardId();
        if (trimmed.contains(shardId)) {
            throw TrimmedDataAccessException.builder().message("trimmed").build();
        }
        List<Record> shard = records.get(shardId);
        int position = switch (request.shardIteratorType()) {
            case TRIM_HORIZON -> 0;
            case LATEST -> shard.size();
            case AFTER_SEQUENCE_NUMBER -> indexOf(shard, request.sequenceNumber()) + 1;
            default -> throw new UnsupportedOperationException(request.shardIteratorTypeAsString());
        };
        return GetShardIteratorResponse.builder().shardIterator(iterator(shardId, position)).build();
    }

    @Override
    public GetRecordsResponse getRecords(GetRecordsRequest request) {
        String[] parts = request.shardIterator().split("/");
        String shardId = parts[0];
        if (Integer.parseInt(parts[2]) != generation) {
            throw ExpiredIteratorException.builder().message("expired").build();
        }
        if (throttledOnce.remove(shardId)) {
            throw LimitExceededException.builder().message("slow down").build();
        }
        List<Record> shard = records.get(shardId);
        int from = Integer.parseInt(parts[1]);
        int to = Math.min(shard.size(), from + PAGE);
        String next = to == shard.size() && closed.contains(shardId) ? null : iterator(shardId, to);
        return GetRecordsResponse.builder().records(shard.subList(from, to)).nextShardIterator(next).build();
    }

    @Override
    public String serviceName() {
        return "dynamodb";
    }

    @Override
    public void close() {
    }

    private String iterator(String shardId, int position) {
        return shardId + "/" + position + "/" + generation;
    }

    private static int indexOf(List<Record> shard, String sequenceNumber) {
        for (int i = 0; i < shard.size(); i++) {
            if (shard.get(i).dynamodb().sequenceNumber().equals(sequenceNumber)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No record " + sequenceNumber);
    }

    private static Map<String, AttributeValue> image(Map<String, AttributeValue> key, int weight) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key);
        item.put("weight", AttributeValue.fromN(Integer.toString(weight)));
        return item;
    }

    private static String sequenceNumber(long n) {
        return String.format("%021d", n);
    }
}
