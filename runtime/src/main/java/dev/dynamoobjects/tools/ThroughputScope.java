package dev.dynamoobjects.tools;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.internal.errors.Describe;
import dev.dynamoobjects.internal.errors.Errors;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Raises the provisioned read and write capacity of tables and of their global secondary indexes
 * for the duration of a try-with-resources block, and puts the previous values back when it ends,
 * also when it ends with an exception. Capacity is only ever raised: a table or index that already
 * has more keeps it. Tables in on-demand mode are left alone, with a log line. Each change waits
 * until the table and its indexes are {@code ACTIVE} again.
 *
 * <pre>{@code
 * TableAdmin prod = new TableAdmin(prodDb);
 * try (ThroughputScope raised = ThroughputScope.raise(prod, 1000, 1000, List.of("product", "store"))) {
 *     runNightlyJob();
 * }                                                     // previous capacity restored here
 * }</pre>
 *
 * <p>DynamoDB limits how often a table's capacity may be lowered per day; a restore that DynamoDB
 * refuses throws, naming the table and the values it should have.
 */
public final class ThroughputScope implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ThroughputScope.class.getName());

    private final TableAdmin admin;
    private final List<Throughput> previous = new ArrayList<>();

    private ThroughputScope(TableAdmin admin) {
        this.admin = admin;
    }

    /**
     * Raises the capacity of the tables (names without prefix) and their global indexes to at least
     * {@code readCapacity} and {@code writeCapacity} units (0 leaves that side as it is). When
     * raising fails part way, what was raised is restored before the exception is thrown.
     */
    public static ThroughputScope raise(TableAdmin admin, long readCapacity, long writeCapacity,
            Collection<String> tableNames) {
        if (readCapacity < 0 || writeCapacity < 0) {
            throw new IllegalArgumentException("Capacity units cannot be negative, not read " + readCapacity
                    + " and write " + writeCapacity);
        }
        ThroughputScope scope = new ThroughputScope(Objects.requireNonNull(admin, "admin"));
        try {
            tableNames.forEach(name -> scope.raise(name, readCapacity, writeCapacity));
        } catch (RuntimeException e) {
            try {
                scope.close();
            } catch (RuntimeException restoring) {
                e.addSuppressed(restoring);
            }
            throw e;
        }
        return scope;
    }

    /** Returns the capacity that {@link #close()} puts back, for each table and index it raised. */
    public List<String> raised() {
        return previous.stream().map(Throughput::toString).toList();
    }

    /** Puts the previous capacity back, in reverse order, each step waiting until ACTIVE. */
    @Override
    public void close() {
        RuntimeException failure = null;
        while (!previous.isEmpty()) {
            Throughput old = previous.remove(previous.size() - 1);
            try {
                apply(old);
            } catch (RuntimeException cause) {
                RuntimeException e = new DynamoObjectsException("Could not put back the capacity of " + old
                        + "; set it by hand. " + Describe.cause(cause), old.table(), null, cause);
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void raise(String tableName, long read, long write) {
        admin.awaitActive(tableName);
        TableDescription table = admin.describe(tableName);
        if (TableAdmin.isOnDemand(table)) {
            LOG.log(Level.INFO, "Table {0} is on-demand (PAY_PER_REQUEST): its capacity is left alone",
                    table.tableName());
            return;
        }
        raise(Throughput.of(table.tableName(), null, table.provisionedThroughput()), read, write);
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            raise(Throughput.of(table.tableName(), index.indexName(), index.provisionedThroughput()), read, write);
        }
    }

    private void raise(Throughput current, long read, long write) {
        Throughput raised = current.atLeast(read, write);
        if (!raised.equals(current)) {
            apply(raised);
            previous.add(current);
            LOG.log(Level.INFO, "Raised {0} until the scope ends", raised);
        }
    }

    private void apply(Throughput throughput) {
        String tableName = throughput.table().substring(admin.database().tablePrefix().length());
        try {
            admin.database().client().updateTable(throughput.update());
        } catch (SdkException e) {
            throw Errors.translate(e, throughput.table(), null);
        }
        admin.awaitActive(tableName);
    }
}
