package dev.dynamoobjects.mock;

import dev.dynamoobjects.mock.internal.stream.StreamOperations;
import dev.dynamoobjects.mock.internal.stream.StreamRegistry;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Streams over an {@link EmbeddedDynamoDb}: a {@link DynamoDbStreamsClient} with no
 * sockets that reads the change records of the engine's tables. Get it from
 * {@link EmbeddedDynamoDb#streams()}.
 *
 * <pre>{@code
 * EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();
 * dynamo.createTable(b -> b.tableName("orders") ...
 *         .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
 * EmbeddedDynamoDbStreams streams = dynamo.streams();
 * String arn = streams.listStreams(b -> b.tableName("orders")).streams().get(0).streamArn();
 * streams.rolloverShards();   // every open shard closes and gets a child: test lineage handling
 * }</pre>
 *
 * <p>As in DynamoDB, records are kept 24 hours and shard iterators expire after 15 minutes, both on
 * the engine's clock; shards also roll over by themselves, after 1000 records or 4 hours.
 */
public final class EmbeddedDynamoDbStreams implements DynamoDbStreamsClient {
    private final EmbeddedDynamoDb engine;
    private final StreamRegistry registry;

    EmbeddedDynamoDbStreams(EmbeddedDynamoDb engine, StreamRegistry registry) {
        this.engine = engine;
        this.registry = registry;
    }

    @Override
    public ListStreamsResponse listStreams(ListStreamsRequest request) {
        return engine.streamsRequest("ListStreams", request.tableName(),
                () -> StreamOperations.listStreams(registry, request));
    }

    @Override
    public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
        return engine.streamsRequest("DescribeStream", tableOf(request.streamArn()),
                () -> StreamOperations.describeStream(registry, request));
    }

    @Override
    public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
        return engine.streamsRequest("GetShardIterator", tableOf(request.streamArn()),
                () -> StreamOperations.getShardIterator(registry, request));
    }

    @Override
    public GetRecordsResponse getRecords(GetRecordsRequest request) {
        return engine.streamsRequest("GetRecords", tableOf(request.shardIterator()),
                () -> StreamOperations.getRecords(registry, request));
    }

    /**
     * Closes every open shard of every enabled stream and opens a child shard in its place (its
     * ParentShardId names the closed one), as DynamoDB does every few hours: a test calls it to make
     * its consumer follow shard lineage.
     */
    public void rolloverShards() {
        engine.rolloverShards();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Releases nothing: the streams live as long as the engine. */
    @Override
    public void close() {
    }

    /**
     * The table a stream ARN (or a shard iterator, which starts with one) belongs to, so that its
     * expired items are swept first and their TTL records are there to read; null when there is none.
     */
    private static String tableOf(String arn) {
        int start = arn == null ? -1 : arn.indexOf(":table/");
        int end = start < 0 ? -1 : arn.indexOf("/stream/", start);
        return end < 0 ? null : arn.substring(start + ":table/".length(), end);
    }
}
