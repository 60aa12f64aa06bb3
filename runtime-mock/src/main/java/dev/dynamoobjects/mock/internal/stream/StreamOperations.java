package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;

/** The DynamoDB Streams API over the engine's streams: ListStreams, DescribeStream, GetShardIterator, GetRecords. */
public final class StreamOperations {
    private static final int MAX_LIST_LIMIT = 100;
    private static final int MAX_RECORDS_LIMIT = 1000;
    private static final int MAX_RECORDS_BYTES = 1024 * 1024;
    private static final int MIN_SEQUENCE_LENGTH = 21;
    private static final int MAX_SEQUENCE_LENGTH = 40;
    /** In the order of DynamoDB Streams' API model, as its enum message lists them. */
    private static final List<String> ITERATOR_TYPES =
            List.of("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER");

    private StreamOperations() {
    }

    /** ListStreams: by table name, newest first within a table; a table with no streams lists none. */
    public static ListStreamsResponse listStreams(StreamRegistry registry, ListStreamsRequest request) {
        Constraints.of().atLeast("limit", request.limit(), 1).atMost("limit", request.limit(), MAX_LIST_LIMIT).check();
        int limit = request.limit() == null ? MAX_LIST_LIMIT : request.limit();
        List<TableStream> all = registry.streams();
        all.removeIf(stream -> request.tableName() != null && !stream.tableName().equals(request.tableName()));
        int start = indexAfter(all.stream().map(TableStream::arn).toList(), request.exclusiveStartStreamArn());
        List<Stream> page = new ArrayList<>();
        for (int i = start; i < all.size() && page.size() < limit; i++) {
            TableStream stream = all.get(i);
            page.add(Stream.builder().streamArn(stream.arn()).tableName(stream.tableName())
                    .streamLabel(stream.label()).build());
        }
        ListStreamsResponse.Builder response = ListStreamsResponse.builder().streams(page);
        if (start + page.size() < all.size()) {
            response.lastEvaluatedStreamArn(page.get(page.size() - 1).streamArn());
        }
        return response.build();
    }

    /** DescribeStream: the stream and its readable shards, oldest first, paged by ExclusiveStartShardId. */
    public static DescribeStreamResponse describeStream(StreamRegistry registry, DescribeStreamRequest request) {
        Constraints.of().atLeast("limit", request.limit(), 1).atMost("limit", request.limit(), MAX_LIST_LIMIT).check();
        TableStream stream = stream(registry, request.streamArn());
        int limit = request.limit() == null ? MAX_LIST_LIMIT : request.limit();
        List<StreamShard> shards = stream.shards();
        int start = indexAfter(shards.stream().map(StreamShard::id).toList(), request.exclusiveStartShardId());
        List<Shard> page = new ArrayList<>();
        for (int i = start; i < shards.size() && page.size() < limit; i++) {
            page.add(describe(shards.get(i)));
        }
        StreamDescription.Builder description = StreamDescription.builder()
                .streamArn(stream.arn())
                .streamLabel(stream.label())
                .streamStatus(stream.status())
                .streamViewType(stream.viewType())
                .creationRequestDateTime(stream.created())
                .tableName(stream.tableName())
                .keySchema(stream.keySchema())
                .shards(page);
        if (start + page.size() < shards.size()) {
            description.lastEvaluatedShardId(page.get(page.size() - 1).shardId());
        }
        return DescribeStreamResponse.builder().streamDescription(description.build()).build();
    }

    /** GetShardIterator: TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER. */
    public static GetShardIteratorResponse getShardIterator(StreamRegistry registry, GetShardIteratorRequest request) {
        ShardIteratorType type = request.shardIteratorType();
        String sequence = request.sequenceNumber();
        Constraints constraints = Constraints.of().notNull("shardIteratorType", type != null);
        if (type == ShardIteratorType.UNKNOWN_TO_SDK_VERSION) {
            constraints.add(request.shardIteratorTypeAsString(), "shardIteratorType",
                    Messages.enumValueSet(ITERATOR_TYPES));
        }
        if (sequence != null && sequence.length() < MIN_SEQUENCE_LENGTH) {
            constraints.add(sequence, "sequenceNumber", Messages.lengthAtLeast(MIN_SEQUENCE_LENGTH));
        }
        if (sequence != null && sequence.length() > MAX_SEQUENCE_LENGTH) {
            constraints.add(sequence, "sequenceNumber", Messages.lengthAtMost(MAX_SEQUENCE_LENGTH));
        }
        constraints.check();
        TableStream stream = stream(registry, request.streamArn());
        StreamShard shard = stream.shard(request.shardId());
        if (shard == null) {
            throw DynamoErrors.resourceNotFound(StreamMessages.SHARD_NOT_FOUND);
        }
        long position = position(registry, shard, type, sequence);
        String iterator = new ShardIterator(stream.arn(), shard.id(), position, registry.nowMillis()).encode();
        return GetShardIteratorResponse.builder().shardIterator(iterator).build();
    }

    /** Where an iterator of this (valid) type starts: the smallest sequence number it reads. */
    private static long position(StreamRegistry registry, StreamShard shard, ShardIteratorType type, String sequence) {
        boolean bySequence = type == ShardIteratorType.AT_SEQUENCE_NUMBER || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
        if (!bySequence && sequence != null) {
            throw DynamoErrors.validation(StreamMessages.SEQUENCE_NUMBER_NOT_ALLOWED);
        }
        if (type == ShardIteratorType.TRIM_HORIZON) {
            return Math.max(shard.startingSequence(), shard.trimmedThrough() + 1);
        }
        if (type == ShardIteratorType.LATEST) {
            return shard.closed() ? shard.lastSequence() + 1 : registry.nextSequence();
        }
        long at = parseSequence(sequence);
        if (at < shard.startingSequence() || at > shard.lastSequence()) {
            throw DynamoErrors.validation(StreamMessages.INVALID_SEQUENCE_NUMBER);
        }
        if (at <= shard.trimmedThrough()) {
            throw StreamErrors.trimmed();
        }
        return type == ShardIteratorType.AT_SEQUENCE_NUMBER ? at : at + 1;
    }

    private static long parseSequence(String sequence) {
        if (sequence == null || !sequence.chars().allMatch(Character::isDigit)) {
            throw DynamoErrors.validation(StreamMessages.INVALID_SEQUENCE_NUMBER);
        }
        try {
            return Long.parseLong(sequence);
        } catch (NumberFormatException e) {
            throw DynamoErrors.validation(StreamMessages.INVALID_SEQUENCE_NUMBER);
        }
    }

    /** GetRecords: up to Limit records (1000 and 1 MB at most); no next iterator once a closed shard is read to its end. */
    public static GetRecordsResponse getRecords(StreamRegistry registry, GetRecordsRequest request) {
        Constraints.of().notNull("shardIterator", request.shardIterator() != null)
                .atLeast("limit", request.limit(), 1).check();
        if (request.limit() != null && request.limit() > MAX_RECORDS_LIMIT) {
            throw DynamoErrors.validation(StreamMessages.RECORDS_LIMIT_TOO_HIGH);
        }
        ShardIterator iterator = ShardIterator.decode(request.shardIterator());
        long now = registry.nowMillis();
        if (now - iterator.issuedMillis() > StreamRegistry.ITERATOR_LIFETIME.toMillis()) {
            throw StreamErrors.expiredIterator(StreamMessages.iteratorExpired(Instant.ofEpochMilli(
                    iterator.issuedMillis()).toString(), Instant.ofEpochMilli(now).toString(),
                    StreamRegistry.ITERATOR_LIFETIME.toMillis()));
        }
        TableStream stream = stream(registry, iterator.streamArn());
        StreamShard shard = stream.shard(iterator.shardId());
        if (shard == null || iterator.position() <= shard.trimmedThrough()) {
            throw StreamErrors.trimmed();
        }
        int limit = request.limit() == null ? MAX_RECORDS_LIMIT : request.limit();
        List<Record> records = new ArrayList<>();
        long next = iterator.position();
        long bytes = 0;
        for (ChangeRecord change : shard.read(iterator.position(), limit)) {
            Record record = StreamRecords.of(stream, change);
            bytes += record.dynamodb().sizeBytes();
            if (!records.isEmpty() && bytes > MAX_RECORDS_BYTES) {
                break;
            }
            records.add(record);
            next = change.sequence() + 1;
        }
        GetRecordsResponse.Builder response = GetRecordsResponse.builder().records(records);
        if (!shard.closed() || next <= shard.lastSequence()) {
            response.nextShardIterator(new ShardIterator(stream.arn(), shard.id(), next, now).encode());
        }
        return response.build();
    }

    private static Shard describe(StreamShard shard) {
        SequenceNumberRange.Builder range = SequenceNumberRange.builder()
                .startingSequenceNumber(StreamRecords.sequenceNumber(shard.startingSequence()));
        if (shard.closed()) {
            range.endingSequenceNumber(StreamRecords.sequenceNumber(shard.endingSequence()));
        }
        return Shard.builder().shardId(shard.id()).parentShardId(shard.parentId())
                .sequenceNumberRange(range.build()).build();
    }

    private static TableStream stream(StreamRegistry registry, String arn) {
        TableStream stream = registry.stream(arn);
        if (stream == null) {
            throw DynamoErrors.resourceNotFound(StreamMessages.streamNotFound(arn));
        }
        return stream;
    }

    /** The index after {@code exclusiveStart} in {@code ids}, 0 when it is null or not there. */
    private static int indexAfter(List<String> ids, String exclusiveStart) {
        return exclusiveStart == null ? 0 : ids.indexOf(exclusiveStart) + 1;
    }
}
