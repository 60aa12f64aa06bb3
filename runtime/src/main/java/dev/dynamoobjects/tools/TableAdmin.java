package dev.dynamoobjects.tools;

import dev.dynamoobjects.exception.TableNotFoundException;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The tables of one database (so, of one prefix): create, wait until active, describe, delete and
 * list them. Names are given without the prefix, as application code knows them.
 *
 * <pre>{@code
 * TableAdmin staging = new TableAdmin(DynamoDatabase.builder().client(client).tablePrefix("staging_").build());
 * staging.create(ProductTable.SCHEMA);               // staging_product, waits until ACTIVE
 * List<String> names = staging.list();                 // ["product", ...]
 * staging.delete("product");                           // waits until it is gone
 * }</pre>
 */
public final class TableAdmin {
    private final DynamoDatabase database;
    private final Waiting waiting;

    /** Creates the tools for a database's tables, waiting as {@link Waiting#DEFAULT} says. */
    public TableAdmin(DynamoDatabase database) {
        this(database, Waiting.DEFAULT);
    }

    /** Creates the tools for a database's tables, waiting as {@code waiting} says. */
    public TableAdmin(DynamoDatabase database, Waiting waiting) {
        this.database = Objects.requireNonNull(database, "database");
        this.waiting = Objects.requireNonNull(waiting, "waiting");
    }

    /** Returns the database whose tables these are. */
    public DynamoDatabase database() {
        return database;
    }

    /** Returns how these tools wait. */
    public Waiting waiting() {
        return waiting;
    }

    /** Creates a record's table (prefixed) when it does not exist, and waits until it is ACTIVE. */
    public void create(TableSchema schema) {
        database.createMissingTables(List.of(schema));
    }

    /**
     * Creates a table with the keys, indexes and billing of another one as {@code DescribeTable}
     * described it (for instance in another environment), and waits until it is ACTIVE.
     */
    public void createLike(TableDescription source, String tableName) {
        String name = database.physicalName(tableName);
        call(name, () -> client().createTable(CreateTableLike.request(source, name)));
        awaitActive(tableName);
    }

    /**
     * Returns DynamoDB's description of a table.
     *
     * @throws TableNotFoundException when there is no such table
     */
    public TableDescription describe(String tableName) {
        String name = database.physicalName(tableName);
        return call(name, () -> client().describeTable(r -> r.tableName(name)).table());
    }

    /** Returns DynamoDB's description of a table, or empty when there is none. */
    public Optional<TableDescription> find(String tableName) {
        try {
            return Optional.of(describe(tableName));
        } catch (TableNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Waits until a table and each of its global secondary indexes is ACTIVE. */
    public void awaitActive(String tableName) {
        String name = database.physicalName(tableName);
        waiting.until(name, "table " + name + " and its indexes to become ACTIVE", () -> isActive(describe(tableName)));
    }

    /** Deletes a table and waits until it is gone; a missing table is no error. */
    public void delete(String tableName) {
        String name = database.physicalName(tableName);
        try {
            client().deleteTable(r -> r.tableName(name));
        } catch (ResourceNotFoundException e) {
            return;
        } catch (SdkException e) {
            throw Errors.translate(e, name, null);
        }
        waiting.until(name, "table " + name + " to be deleted", () -> find(tableName).isEmpty());
    }

    /** Returns the names, without prefix and in order, of the tables whose names start with the prefix. */
    public List<String> list() {
        String prefix = database.tablePrefix();
        return call(prefix + "*", () -> client().listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()))
                .sorted()
                .toList());
    }

    /** Returns true when a table is billed per request (on-demand) rather than provisioned. */
    public static boolean isOnDemand(TableDescription table) {
        return table.billingModeSummary() != null
                && table.billingModeSummary().billingMode() == BillingMode.PAY_PER_REQUEST;
    }

    static boolean isActive(TableDescription table) {
        return table.tableStatus() == TableStatus.ACTIVE
                && table.globalSecondaryIndexes().stream().allMatch(index -> "ACTIVE".equals(index.indexStatusAsString()));
    }

    private DynamoDbClient client() {
        return database.client();
    }

    private static <T> T call(String table, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw Errors.translate(e, table, null);
        }
    }
}
