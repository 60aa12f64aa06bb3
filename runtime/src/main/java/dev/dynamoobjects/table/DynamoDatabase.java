package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.transaction.TransactionRetry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One application's connection to DynamoDB: a {@link DynamoDbClient}, the table prefix of the
 * environment and whether missing tables are created on first use. Thread-safe; create one and
 * share it with every table.
 *
 * <pre>{@code
 * DynamoDatabase db = DynamoDatabase.builder()
 *         .client(DynamoDbClient.create())
 *         .tablePrefix("staging_")        // "store" is stored as "staging_store"
 *         .createTables(true)             // the default: create missing tables on first use
 *         .build();
 * StoreTable stores = new StoreTable(db);
 * }</pre>
 *
 * <p>The prefix is applied to every table and never seen by application code; two databases with
 * different prefixes on one client do not see each other's data.
 */
public final class DynamoDatabase implements AutoCloseable {
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z0-9_.-]*");

    private final DynamoDbClient client;
    private final String tablePrefix;
    private final boolean createTables;
    private final boolean ownsClient;
    private final Clock clock;
    private final TransactionRetry transactionRetry;
    private final ConcurrentMap<String, TableState> tables = new ConcurrentHashMap<>();

    private DynamoDatabase(Builder builder, boolean ownsClient) {
        this.client = Objects.requireNonNull(builder.client, "client");
        this.tablePrefix = builder.tablePrefix;
        this.createTables = builder.createTables;
        this.ownsClient = ownsClient;
        this.clock = builder.clock;
        this.transactionRetry = builder.transactionRetry;
    }

    /** Returns a database on {@code client}, with no prefix and automatic table creation. */
    public static DynamoDatabase of(DynamoDbClient client) {
        return builder().client(client).build();
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a database configured from system properties or environment variables (the
     * property wins), with a client of its own that {@link #close()} closes:
     * <ul>
     * <li>{@code dynamo.objects.endpoint} / {@code DYNAMO_OBJECTS_ENDPOINT}: endpoint URL, e.g.
     * {@code http://localhost:8000}; unset means AWS's regional endpoint;</li>
     * <li>{@code dynamo.objects.region} / {@code DYNAMO_OBJECTS_REGION}: region; unset means
     * {@code aws.region} / {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION} (as the AWS CLI reads
     * it), then the profile's region, then {@code us-east-1} when an endpoint is set or else the
     * SDK's default region chain;</li>
     * <li>{@code dynamo.objects.tablePrefix} / {@code DYNAMO_OBJECTS_TABLE_PREFIX}: table prefix,
     * default none;</li>
     * <li>{@code dynamo.objects.createTables} / {@code DYNAMO_OBJECTS_CREATE_TABLES}: {@code false}
     * switches automatic table creation off; default on.</li>
     * </ul>
     * Credentials come from the SDK's default chain; with an endpoint set, from the environment or
     * the profile, and dummy ones when there are none (DynamoDB Local and emulators accept any).
     * With an endpoint set, nothing asks the EC2 instance metadata service, so start-up takes no
     * network time outside EC2.
     *
     * <pre>{@code
     * // DYNAMO_OBJECTS_ENDPOINT=http://localhost:8000 DYNAMO_OBJECTS_TABLE_PREFIX=dev_ java -jar app.jar
     * try (DynamoDatabase db = DynamoDatabase.fromEnvironment()) {
     *     new ProductTable(db).save(product);
     * }
     * }</pre>
     */
    public static DynamoDatabase fromEnvironment() {
        return fromEnvironment(Environment.Source.SYSTEM);
    }

    static DynamoDatabase fromEnvironment(Environment.Source source) {
        Builder builder = builder().client(EnvironmentClient.build(source));
        Environment.TABLE_PREFIX.value(source).ifPresent(builder::tablePrefix);
        Environment.CREATE_TABLES.value(source).ifPresent(v -> builder.createTables(!v.equalsIgnoreCase("false")));
        return new DynamoDatabase(builder, true);
    }

    /** Returns the SDK client, for anything the typed API does not cover. */
    public DynamoDbClient client() {
        return client;
    }

    /** Returns the prefix of every table name, empty for none. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** Returns how transactions retry conflicts and throttling; {@link TransactionRetry#DEFAULT} unless set. */
    public TransactionRetry transactionRetry() {
        return transactionRetry;
    }

    /** Returns the clock of generated timestamps ({@code @CreatedAt}, {@code @UpdatedAt}); UTC system time by default. */
    public Clock clock() {
        return clock;
    }

    /** Returns true when missing tables are created on first use. */
    public boolean createsTables() {
        return createTables;
    }

    /** Returns the name of a table as stored in DynamoDB: the prefix and the record's table name. */
    public String physicalName(String tableName) {
        return tablePrefix + tableName;
    }

    /**
     * Creates the tables that do not exist yet and waits until all are {@code ACTIVE}; for
     * deployments that switch automatic creation off.
     *
     * <pre>{@code
     * db.createMissingTables(List.of(StoreTable.SCHEMA, ProductTable.SCHEMA));
     * }</pre>
     */
    public void createMissingTables(List<TableSchema> schemas) {
        List<TableState> states = schemas.stream()
                .map(schema -> new TableState(physicalName(schema.tableName()), false))
                .toList();
        // Create all first, then wait: DynamoDB creates tables in parallel.
        for (int i = 0; i < schemas.size(); i++) {
            states.get(i).createIfMissing(client, schemas.get(i));
        }
        for (int i = 0; i < schemas.size(); i++) {
            states.get(i).ensure(client, schemas.get(i));
        }
    }

    /** Returns the state of a table, shared by every {@link Table} on it, for first-use creation. */
    TableState tableState(TableSchema schema) {
        return tables.computeIfAbsent(physicalName(schema.tableName()), n -> new TableState(n, !createTables));
    }

    /** Closes the client when this database created it ({@link #fromEnvironment()}). */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    /** Builds a {@link DynamoDatabase}. */
    public static final class Builder {
        private DynamoDbClient client;
        private String tablePrefix = "";
        private boolean createTables = true;
        private Clock clock = Clock.systemUTC();
        private TransactionRetry transactionRetry = TransactionRetry.DEFAULT;

        private Builder() {
        }

        /** Sets the client (required); the application keeps owning it. */
        public Builder client(DynamoDbClient client) {
            this.client = client;
            return this;
        }

        /** Sets the prefix of every table name, e.g. {@code "dev_"}; default none. */
        public Builder tablePrefix(String tablePrefix) {
            if (!PREFIX.matcher(tablePrefix).matches()) {
                throw new ValidationException("The table prefix '" + tablePrefix + "' may only hold"
                        + " a-z, A-Z, 0-9, '_', '-' and '.', as DynamoDB table names do");
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /** Sets whether missing tables are created on first use; default true. */
        public Builder createTables(boolean createTables) {
            this.createTables = createTables;
            return this;
        }

        /**
         * Sets how transactions retry when DynamoDB cancels them for a conflict or throttling; default
         * {@link TransactionRetry#DEFAULT}, {@link TransactionRetry#NONE} switches retries off.
         */
        public Builder transactionRetry(TransactionRetry retry) {
            this.transactionRetry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /** Sets the clock of generated timestamps, e.g. a fixed one in tests; default UTC system time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Returns the database. */
        public DynamoDatabase build() {
            return new DynamoDatabase(this, false);
        }
    }
}
