package dev.dynamoobjects.stream;

import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.table.EntityTables;
import dev.dynamoobjects.table.Table;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The changes of a generated table, read from its DynamoDB stream as typed {@link Change}s. The
 * table's record declares the stream with {@link dev.dynamoobjects.annotation.Stream @Stream}; the
 * feed uses only the public Streams API, so it reads DynamoDB, DynamoDB Local and the embedded
 * engine alike. A feed is thread-safe; each {@link ChangeReader} it makes belongs to one thread.
 * The feed of one entity type's table of a single table yields that entity's changes only; see
 * {@link #of(EntityTables, DynamoDbStreamsClient)} for every entity's.
 *
 * <pre>{@code
 * ChangeFeed<Product> feed = ChangeFeed.of(products, DynamoDbStreamsClient.create());
 * ChangeReader<Product> reader = feed.from(savedCheckpoint);   // or feed.fromTrimHorizon()
 * List<Change<Product>> changes = reader.poll();
 * }</pre>
 *
 * <p>In a test, {@link #during(Runnable)} returns the changes a block of code caused:
 *
 * <pre>{@code
 * List<Change<Product>> changes = ChangeFeed.of(products, streams).during(() -> products.save(shoe));
 * }</pre>
 *
 * @param <R> the record type
 */
public final class ChangeFeed<R> {
    /** How long {@link #during(Runnable)} waits for the first change by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final ChangeSource<R> source;
    private final DynamoDbStreamsClient streams;
    private volatile String streamArn;

    private ChangeFeed(ChangeSource<R> source, DynamoDbStreamsClient streams, String streamArn) {
        this.source = source;
        this.streams = Objects.requireNonNull(streams, "streams");
        this.streamArn = streamArn;
    }

    /**
     * Returns the feed of a table's current stream, found (and the table created, when missing and
     * allowed) on first use.
     *
     * @param table   a generated table whose record has {@code @Stream}
     * @param streams a Streams client of the same endpoint and region as the table's database
     */
    public static <R> ChangeFeed<R> of(Table<R> table, DynamoDbStreamsClient streams) {
        return new ChangeFeed<>(ChangeSource.of(table), streams, null);
    }

    /** Returns the feed of one given stream of a table, such as an older one still readable. */
    public static <R> ChangeFeed<R> of(Table<R> table, DynamoDbStreamsClient streams, String streamArn) {
        return new ChangeFeed<>(ChangeSource.of(table), streams, Objects.requireNonNull(streamArn, "streamArn"));
    }

    /**
     * Returns the feed of every entity's changes in a single table (its stream declared with
     * {@code @Stream(StreamView.NEW_AND_OLD_IMAGES)} on the {@code @SingleTable} interface): each
     * change decoded as the entity its type attribute names, an item of a type the table does not
     * know reported by an {@link dev.dynamoobjects.mapping.EntityTypeException} when decoded, never
     * decoded as another.
     *
     * <pre>{@code
     * for (Change<Shop> change : ChangeFeed.of(shop, streams).fromTrimHorizon().poll()) {
     *     if (change.table().isPresent() && change.kind() != ChangeKind.REMOVE) {
     *         ShopTable.visit(change.newRecord().orElseThrow(), auditor);
     *     }
     * }
     * }</pre>
     *
     * @param singleTable a generated single table ({@code ShopTable})
     * @param streams     a Streams client of the same endpoint and region as the table's database
     */
    public static <E> ChangeFeed<E> of(EntityTables<E> singleTable, DynamoDbStreamsClient streams) {
        return new ChangeFeed<>(ChangeSource.of(singleTable), streams, null);
    }

    /**
     * Returns the stream's ARN.
     *
     * @throws ChangeFeedException when the table has no stream enabled
     */
    public String streamArn() {
        String arn = streamArn;
        if (arn == null) {
            arn = currentStream();
            streamArn = arn;
        }
        return arn;
    }

    /** Returns a reader from the oldest change the stream still holds (DynamoDB keeps 24 hours). */
    public ChangeReader<R> fromTrimHorizon() {
        return new ChangeReader<>(source, streams, Checkpoint.start(streamArn()), Set.of());
    }

    /**
     * Returns a reader that goes on after the changes read up to a checkpoint.
     *
     * @param checkpoint a text {@link ChangeReader#checkpoint()} returned
     * @throws ChangeFeedException when the text is not a checkpoint, or one of another stream
     */
    public ChangeReader<R> from(String checkpoint) {
        Checkpoint position = Checkpoint.parse(Objects.requireNonNull(checkpoint, "checkpoint"), source.tableName());
        if (!position.streamArn().equals(streamArn())) {
            throw new ChangeFeedException(StreamMessages.otherStream(source.tableName(), position.streamArn(),
                    streamArn()), source.tableName(), null);
        }
        return new ChangeReader<>(source, streams, position, Set.of());
    }

    /**
     * Runs a block and returns the changes it caused, for tests: waits up to {@link #DEFAULT_WAIT}
     * for the first change, then until a poll finds no more.
     */
    public List<Change<R>> during(Runnable block) {
        return during(DEFAULT_WAIT, block);
    }

    /**
     * Runs a block and returns the changes it caused: waits up to {@code wait} for the first change
     * (all of it when the block changes nothing), then until a poll finds no more. Changes of other
     * writers in the meantime are returned too.
     */
    public List<Change<R>> during(Duration wait, Runnable block) {
        ChangeReader<R> reader = ChangeReader.atLatest(source, streams, streamArn());
        block.run();
        return new Polling(wait, source.tableName()).collect(reader::poll);
    }

    private String currentStream() {
        Table<?> table = source.table();
        table.ensureExists();
        TableDescription description;
        try {
            description = table.database().client().describeTable(r -> r.tableName(source.tableName())).table();
        } catch (SdkException e) {
            throw Errors.translate(e, source.tableName(), null);
        }
        StreamSpecification stream = description.streamSpecification();
        if (stream == null || !Boolean.TRUE.equals(stream.streamEnabled()) || description.latestStreamArn() == null) {
            throw new ChangeFeedException(StreamMessages.notEnabled(source.tableName()), source.tableName(), null);
        }
        return description.latestStreamArn();
    }
}
