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
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import dev.dynamoobjects.mock.internal.transaction.TransactGetItems;
import dev.dynamoobjects.mock.internal.transaction.TransactWriteItems;
import dev.dynamoobjects.mock.internal.transaction.TransactionTables;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
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

    /** Creates an empty engine on the system clock. */
    public EmbeddedDynamoDb() {
        this(builder());
    }

    private EmbeddedDynamoDb(Builder builder) {
        this.catalog = new Catalog(builder.clock);
        this.hooks = new RequestHooks(builder.clock);
        this.tokens = new IdempotencyTokens(builder.clock);
        this.streams = new EmbeddedDynamoDbStreams(this, catalog.streams());
    }

    /** Returns a builder for an engine with non-default settings, such as a controllable clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return write("CreateTable", request.tableName(), () -> CreateTable.execute(catalog, request));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return read("DescribeTable", request.tableName(), () -> TableOperations.describe(catalog, request));
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return write("UpdateTable", request.tableName(), () -> UpdateTable.execute(catalog, request));
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return write("DeleteTable", request.tableName(), () -> TableOperations.delete(catalog, request));
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
        return write("UpdateTimeToLive", request.tableName(), () -> {
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
        return write("UpdateContinuousBackups", request.tableName(),
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
        return write("TagResource", request.resourceArn(), () -> Tags.tag(catalog, request));
    }

    @Override
    public UntagResourceResponse untagResource(UntagResourceRequest request) {
        return write("UntagResource", request.resourceArn(), () -> Tags.untag(catalog, request));
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
            held.lock();
            try {
                return action.get();
            } finally {
                held.unlock();
            }
        } catch (AwsServiceException e) {
            throw RequestIds.stamped(e);
        }
    }

    private void sweepExpiredItems(Collection<String> tableNames) {
        lock.writeLock().lock();
        try {
            hooks.sweep(catalog, tableNames);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** Releases nothing: the engine holds only memory. Present so it can sit in try-with-resources. */
    @Override
    public void close() {
    }

    /** Settings for an {@link EmbeddedDynamoDb}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Sets the clock that stamps creation times (and, with TTL, decides expiry). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds the engine. */
        public EmbeddedDynamoDb build() {
            return new EmbeddedDynamoDb(this);
        }
    }
}
