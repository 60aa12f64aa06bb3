package dev.dynamoobjects.mock;

import dev.dynamoobjects.mock.internal.error.RequestIds;
import dev.dynamoobjects.mock.internal.operation.ContinuousBackups;
import dev.dynamoobjects.mock.internal.operation.CreateTable;
import dev.dynamoobjects.mock.internal.operation.DeleteItem;
import dev.dynamoobjects.mock.internal.operation.GetItem;
import dev.dynamoobjects.mock.internal.operation.PutItem;
import dev.dynamoobjects.mock.internal.operation.Query;
import dev.dynamoobjects.mock.internal.operation.Scan;
import dev.dynamoobjects.mock.internal.operation.ServiceDescriptions;
import dev.dynamoobjects.mock.internal.operation.TableFeatures;
import dev.dynamoobjects.mock.internal.operation.TableOperations;
import dev.dynamoobjects.mock.internal.operation.Tags;
import dev.dynamoobjects.mock.internal.operation.UpdateItem;
import dev.dynamoobjects.mock.internal.operation.UpdateTable;
import dev.dynamoobjects.mock.internal.batch.BatchGetItem;
import dev.dynamoobjects.mock.internal.batch.BatchWriteItem;
import dev.dynamoobjects.mock.internal.partiql.BatchExecuteStatement;
import dev.dynamoobjects.mock.internal.partiql.ExecuteStatement;
import dev.dynamoobjects.mock.internal.partiql.ExecuteTransaction;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.hooks.RequestHooks;
import dev.dynamoobjects.mock.metrics.RequestCounts;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import dev.dynamoobjects.mock.internal.transaction.TransactGetItems;
import dev.dynamoobjects.mock.internal.transaction.TransactWriteItems;
import dev.dynamoobjects.mock.internal.transaction.TransactionTables;
import dev.dynamoobjects.mock.internal.durable.DataDirectory;
import dev.dynamoobjects.mock.internal.durable.Journal;
import dev.dynamoobjects.mock.internal.durable.ReplayClock;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * An in-memory DynamoDB that runs in process: a {@link DynamoDbClient} with no sockets and no
 * serialization, for fast tests. Operations it does not support fail with an
 * {@code UnknownOperationException} naming the operation, and request parameters it does not
 * support with a {@code ValidationException} naming the parameter.
 *
 * <pre>{@code
 * try (DynamoDbClient dynamo = new EmbeddedDynamoDb()) {
 *     dynamo.createTable(...);
 *     dynamo.putItem(...);
 * }
 * }</pre>
 */
public final class EmbeddedDynamoDb extends UnsupportedOperations implements AutoCloseable {
    private final Catalog catalog;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final RequestHooks hooks;
    private final IdempotencyTokens tokens;
    private final EmbeddedDynamoDbStreams streams;
    /** Null without a data directory: nothing touches the disk. */
    private final Journal journal;
    /** The catalog's clock with a data directory, fixed while a write request runs (see {@link ReplayClock#fix}). */
    private final ReplayClock clock;
    private final Recovery recovery;

    /** Creates an empty engine on the system clock. */
    public EmbeddedDynamoDb() {
        this(builder());
    }

    private EmbeddedDynamoDb(Builder builder) {
        this.clock = new ReplayClock(builder.clock);
        this.catalog = new Catalog(builder.dataDirectory == null ? builder.clock : clock);
        this.hooks = new RequestHooks(builder.clock);
        this.tokens = new IdempotencyTokens(builder.clock);
        this.streams = new EmbeddedDynamoDbStreams(this, catalog.streams());
        if (builder.dataDirectory == null) {
            this.journal = null;
            this.recovery = null;
        } else {
            DataDirectory.Opened opened = DataDirectory.open(builder.dataDirectory, builder.flushInterval,
                    builder.compactionThreshold, catalog, tokens, clock);
            this.journal = opened.journal();
            this.recovery = opened.recovery();
            catalog.itemChanges(journal);
            tokens.uses(journal::tokenUsed);
            if (catalog.tables().values().stream().anyMatch(EmbeddedDynamoDb::expiresItems)) {
                hooks.ttlEnabled();
            }
        }
    }

    private static boolean expiresItems(Table table) {
        return table.timeToLive() != null && Boolean.TRUE.equals(table.timeToLive().enabled());
    }

    /** Returns a builder for an engine with non-default settings, such as a controllable clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return tableWrite("CreateTable", request.tableName(), request, () -> CreateTable.execute(catalog, request));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return read("DescribeTable", request.tableName(), () -> TableOperations.describe(catalog, request));
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return tableWrite("UpdateTable", request.tableName(), request, () -> UpdateTable.execute(catalog, request));
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return tableWrite("DeleteTable", request.tableName(), request, () -> TableOperations.delete(catalog, request));
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return read("ListTables", null, () -> TableOperations.list(catalog, request));
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        return read("DescribeTimeToLive", request.tableName(), () -> TableOperations.describeTimeToLive(catalog, request));
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        return tableWrite("UpdateTimeToLive", request.tableName(), request, () -> {
            UpdateTimeToLiveResponse response = TableOperations.updateTimeToLive(catalog, request);
            if (Boolean.TRUE.equals(response.timeToLiveSpecification().enabled())) {
                hooks.ttlEnabled();
            }
            return response;
        });
    }

    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return read("DescribeContinuousBackups", request.tableName(),
                () -> ContinuousBackups.describe(catalog, request));
    }

    @Override
    public UpdateContinuousBackupsResponse updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        return tableWrite("UpdateContinuousBackups", request.tableName(), request,
                () -> ContinuousBackups.update(catalog, request));
    }

    @Override
    public DescribeContributorInsightsResponse describeContributorInsights(DescribeContributorInsightsRequest request) {
        return read("DescribeContributorInsights", request.tableName(),
                () -> TableFeatures.contributorInsights(catalog, request));
    }

    @Override
    public DescribeKinesisStreamingDestinationResponse describeKinesisStreamingDestination(
            DescribeKinesisStreamingDestinationRequest request) {
        return read("DescribeKinesisStreamingDestination", request.tableName(),
                () -> TableFeatures.kinesisDestinations(catalog, request));
    }

    @Override
    public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
        return read("DescribeEndpoints", null, ServiceDescriptions::endpoints);
    }

    @Override
    public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
        return read("DescribeLimits", null, ServiceDescriptions::limits);
    }

    @Override
    public TagResourceResponse tagResource(TagResourceRequest request) {
        return tableWrite("TagResource", request.resourceArn(), request, () -> Tags.tag(catalog, request));
    }

    @Override
    public UntagResourceResponse untagResource(UntagResourceRequest request) {
        return tableWrite("UntagResource", request.resourceArn(), request, () -> Tags.untag(catalog, request));
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return read("ListTagsOfResource", request.resourceArn(), () -> Tags.list(catalog, request));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return write("PutItem", request.tableName(), () -> PutItem.execute(catalog, request));
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return read("GetItem", request.tableName(), () -> GetItem.execute(catalog, request));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return write("UpdateItem", request.tableName(), () -> UpdateItem.execute(catalog, request));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return write("DeleteItem", request.tableName(), () -> DeleteItem.execute(catalog, request));
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return read("Query", request.tableName(), () -> Query.execute(catalog, request));
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return read("Scan", request.tableName(), () -> Scan.execute(catalog, request));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return readTables("BatchGetItem", tableNames(request.requestItems()),
                () -> BatchGetItem.execute(catalog, hooks.faults(), request));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return writeTables("BatchWriteItem", tableNames(request.requestItems()),
                () -> BatchWriteItem.execute(catalog, hooks.faults(), request));
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return writeTables("TransactWriteItems", TransactionTables.of(request),
                () -> TransactWriteItems.execute(catalog, hooks.faults(), tokens, request));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return readTables("TransactGetItems", TransactionTables.of(request),
                () -> TransactGetItems.execute(catalog, hooks.faults(), request));
    }

    /** PartiQL: the statement runs as the Query, Scan or single-item write it stands for (under the write lock). */
    @Override
    public ExecuteStatementResponse executeStatement(ExecuteStatementRequest request) {
        return write("ExecuteStatement", ExecuteStatement.tableName(request.statement(), request.parameters()),
                () -> ExecuteStatement.execute(catalog, request));
    }

    /** PartiQL: up to 25 single-item reads or writes, each with its own result or error. */
    @Override
    public BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request) {
        return writeTables("BatchExecuteStatement", statementTables(request.hasStatements()
                        ? request.statements().stream().map(s -> ExecuteStatement.tableName(s.statement(), s.parameters()))
                        : Stream.empty()),
                () -> BatchExecuteStatement.execute(catalog, request));
    }

    /** PartiQL: up to 100 reads or writes, all or nothing, as TransactGetItems or TransactWriteItems. */
    @Override
    public ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request) {
        return writeTables("ExecuteTransaction", statementTables(request.hasTransactStatements()
                        ? request.transactStatements().stream()
                                .map(s -> ExecuteStatement.tableName(s.statement(), s.parameters()))
                        : Stream.empty()),
                () -> ExecuteTransaction.execute(catalog, hooks.faults(), tokens, request));
    }

    /**
     * The fault rules of this engine: throttled requests, unprocessed batch items and transaction
     * conflicts, for testing retry code. See {@link Faults}.
     */
    public Faults faults() {
        return hooks.faults();
    }

    /**
     * DynamoDB Streams over this engine: the change records of tables created or updated with a
     * StreamSpecification. See {@link EmbeddedDynamoDbStreams}.
     *
     * <pre>{@code
     * DynamoDbStreamsClient streams = dynamo.streams();
     * }</pre>
     */
    public EmbeddedDynamoDbStreams streams() {
        return streams;
    }

    /** Runs a streams request on the shared path of every request; streams reads trim, so under the write lock. */
    <R> R streamsRequest(String operation, String tableName, Supplier<R> action) {
        return write(operation, tableName, action);
    }

    /**
     * What this engine read back from its data directory when it started; empty without one.
     *
     * <pre>{@code
     * dynamo.recovery().ifPresent(recovery -> System.out.println(recovery.summary()));
     * }</pre>
     */
    public Optional<Recovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    /**
     * Compacts the data directory now: writes a snapshot of every table, item, stream record and
     * transaction token, then drops the journal it supersedes. Writes go on meanwhile; returns once
     * the snapshot is on the disk. The engine also compacts by itself (see
     * {@link Builder#compactionThreshold}); this is for a directory about to be copied or archived.
     *
     * <pre>{@code
     * dynamo.compactDataDirectory();
     * }</pre>
     *
     * @throws IllegalStateException without a data directory
     * @throws UncheckedIOException when the snapshot cannot be written (the journal stays: nothing is lost)
     */
    public void compactDataDirectory() {
        if (journal == null) {
            throw new IllegalStateException("This engine has no data directory to compact; build it with"
                    + " EmbeddedDynamoDb.builder().dataDirectory(path).");
        }
        Future<?> written = locked(lock.writeLock(), journal::compact);
        try {
            written.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the snapshot was written; it goes on.", e);
        }
    }

    /**
     * Closes every stream's open shard and opens its child (the streams' test hook), as a write: the
     * journal records it, so that a restart makes the same shards.
     */
    void rolloverShards() {
        locked(lock.writeLock(), () -> {
            catalog.streams().rolloverAll();
            if (journal != null) {
                journal.shardsRolledOver();
            }
            return null;
        });
    }

    /** Runs a test-facing action (not a request: no hooks, no counts) under the engine's write lock. */
    void exclusively(Runnable action) {
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

        /** How many requests this engine received, per operation and table. See {@link RequestCounts}. */
    public RequestCounts requestCounts() {
        return hooks.counts();
    }

    /** The tables PartiQL statements name, for the request hooks; a statement that does not parse names none. */
    private static Collection<String> statementTables(Stream<String> tableNames) {
        return tableNames.filter(Objects::nonNull).distinct().toList();
    }

    private static Collection<String> tableNames(Map<String, ?> requestItems) {
        return requestItems == null ? List.of() : requestItems.keySet();
    }

    /**
     * Runs one operation under the engine's lock, the shared path of every request (where request
     * hooks such as counters and fault injection belong). Operations that change nothing take the
     * read lock and run concurrently; the others take the write lock.
     *
     * @param operation the operation's DynamoDB name, e.g. {@code "PutItem"}
     * @param tableName the table (or resource ARN) it addresses, null when none
     */
    private <R> R read(String operation, String tableName, Supplier<R> action) {
        return readTables(operation, tableList(tableName), action);
    }

    /** As {@link #read}, for a request that names several tables. */
    private <R> R readTables(String operation, Collection<String> tableNames, Supplier<R> action) {
        return run(operation, tableNames, lock.readLock(), action);
    }

    /** As {@link #read}, under the write lock. */
    private <R> R write(String operation, String tableName, Supplier<R> action) {
        return writeTables(operation, tableList(tableName), action);
    }

    /** As {@link #write}, for a control-plane request: once applied, the journal records the request itself. */
    private <R> R tableWrite(String operation, String tableName, SdkPojo request, Supplier<R> action) {
        return write(operation, tableName, () -> {
            R response = action.get();
            if (journal != null) {
                journal.tableChanged(operation, request);
            }
            return response;
        });
    }

    /** As {@link #write}, for a request that names several tables. */
    private <R> R writeTables(String operation, Collection<String> tableNames, Supplier<R> action) {
        return run(operation, tableNames, lock.writeLock(), action);
    }

    private static List<String> tableList(String tableName) {
        return tableName == null ? List.of() : List.of(tableName);
    }

    private <R> R run(String operation, Collection<String> tableNames, Lock held, Supplier<R> action) {
        try {
            hooks.beforeRequest(operation, tableNames);
            if (hooks.sweepsExpiredItems()) {
                sweepExpiredItems(tableNames);
            }
            return locked(held, action);
        } catch (AwsServiceException e) {
            throw RequestIds.stamped(e);
        }
    }

    private void sweepExpiredItems(Collection<String> tableNames) {
        locked(lock.writeLock(), () -> {
            hooks.sweep(catalog, tableNames);
            return null;
        });
    }

    /**
     * Runs the action holding {@code held}; with a data directory, a write's changes are appended to
     * the journal (at the time the clock stood at while it ran) before the lock is released, and the
     * answer waits until the journal is durable up to them. A write's end is the streams' too: their
     * records share one clock read per write.
     */
    private <R> R locked(Lock held, Supplier<R> action) {
        long journalPosition = -1;
        try {
            held.lock();
            if (held == lock.writeLock()) {
                catalog.streams().writeStarted();
            }
            boolean journaled = journal != null && held == lock.writeLock();
            if (journaled) {
                clock.fix();
            }
            try {
                return action.get();
            } finally {
                try {
                    journalPosition = commitChanges(held);
                } finally {
                    if (journaled) {
                        clock.release();
                    }
                    if (held == lock.writeLock()) {
                        catalog.streams().writeEnded();
                    }
                    held.unlock();
                }
            }
        } finally {
            // Also after a failure: whatever the request changed before it failed is answered durably.
            awaitDurable(journalPosition);
        }
    }

    /**
     * Appends what the request changed to the journal, as one entry, after the engine applied it:
     * the one place every write passes. A journal that cannot be written fails the request with
     * DynamoDB's InternalServerError.
     *
     * @return where the journal ends now, so that the request answers only once it is durable up to
     *         there (for a read: once every change it may have seen is), or -1 without a journal
     */
    private long commitChanges(Lock held) {
        if (journal == null) {
            return -1;
        }
        if (held != lock.writeLock()) {
            return journal.appendedTo();
        }
        try {
            return journal.commit();
        } catch (UncheckedIOException e) {
            throw InternalServerErrorException.builder().message(e.getMessage()).build();
        }
    }

    /**
     * Under strict durability, waits outside the engine's lock until the journal is on the disk up
     * to {@code journalPosition}, sharing one force with the requests that wait meanwhile.
     */
    private void awaitDurable(long journalPosition) {
        if (journal == null) {
            return;
        }
        try {
            journal.awaitDurable(journalPosition);
        } catch (UncheckedIOException e) {
            throw InternalServerErrorException.builder().message(e.getMessage()).build();
        }
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /**
     * Closes the data directory's journal (after forcing it to the disk); without a data directory,
     * releases nothing: the engine holds only memory.
     */
    @Override
    public void close() {
        if (journal != null) {
            exclusively(journal::close);
        }
    }

    /** Settings for an {@link EmbeddedDynamoDb}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Path dataDirectory;
        private Duration flushInterval;
        private long compactionThreshold = DataDirectory.DEFAULT_COMPACTION_THRESHOLD;

        private Builder() {
        }

        /**
         * Keeps tables and items in {@code directory} (created if missing), so they survive a
         * restart and a crash: every write is appended to a journal there and forced to the disk
         * before it is acknowledged; the engine replays the journal when it starts. One engine at a
         * time may use a directory. Without it, nothing touches the disk.
         *
         * <pre>{@code
         * EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(Path.of("data")).build();
         * }</pre>
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * With a {@link #dataDirectory}, forces the journal to the disk every {@code flushInterval}
         * instead of before each acknowledgement: faster writes, and a machine crash (not a killed
         * process: the operating system still holds the data) may lose the last interval's writes.
         */
        public Builder relaxedDurability(Duration flushInterval) {
            if (flushInterval.isNegative() || flushInterval.isZero()) {
                throw new IllegalArgumentException("flushInterval must be positive, got " + flushInterval);
            }
            this.flushInterval = flushInterval;
            return this;
        }

        /**
         * With a {@link #dataDirectory}, compacts it (a snapshot of every table, item, stream record
         * and transaction token, written in the background while writes go on) once the journal since
         * the last snapshot holds more than {@code max(minimumEntries, 2 x live items)} write requests;
         * 10,000 unless set. Tests set it low to see compaction happen.
         *
         * <pre>{@code
         * EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.builder().dataDirectory(dir).compactionThreshold(100).build();
         * }</pre>
         */
        public Builder compactionThreshold(long minimumEntries) {
            if (minimumEntries < 1) {
                throw new IllegalArgumentException("minimumEntries must be positive, got " + minimumEntries);
            }
            this.compactionThreshold = minimumEntries;
            return this;
        }

        /** Sets the clock that stamps creation times (and, with TTL, decides expiry). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the engine; with a data directory, after replaying its journal.
         *
         * @throws java.io.UncheckedIOException when the data directory cannot be read or written
         * @throws IllegalStateException when another process uses the data directory
         */
        public EmbeddedDynamoDb build() {
            return new EmbeddedDynamoDb(this);
        }
    }
}
