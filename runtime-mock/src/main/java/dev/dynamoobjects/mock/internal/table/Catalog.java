package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.stream.StreamRegistry;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The engine's tables by name, in name order (the order ListTables pages through), and the clock
 * that stamps them.
 *
 * <p>Engine-internal. Not thread-safe: callers hold the engine's lock.
 */
public final class Catalog {
    /** The region and account in DynamoDB Local's ARNs, so ARNs compare equal on both backends. */
    private static final String REGION_AND_ACCOUNT = "ddblocal:000000000000:";
    private static final String ARN_PREFIX = "arn:aws:dynamodb:" + REGION_AND_ACCOUNT + "table/";
    private final NavigableMap<String, Table> tables = new TreeMap<>();
    private final Clock clock;
    private final StreamRegistry streams;
    private ItemChanges changes = ItemChanges.NONE;
    /** What every table reports to: forwards to {@link #changes}, which is set once the journal is replayed. */
    private final ItemChanges forwarding = new ItemChanges() {
        @Override
        public void stored(String table, Map<String, AttributeValue> item) {
            changes.stored(table, item);
        }

        @Override
        public void removed(String table, Map<String, AttributeValue> key) {
            changes.removed(table, key);
        }

        @Override
        public void expired(String table, Map<String, AttributeValue> key) {
            changes.expired(table, key);
        }
    };

    public Catalog(Clock clock) {
        this.clock = clock;
        this.streams = new StreamRegistry(clock, ARN_PREFIX);
    }

    /** Sets where the tables report the items they store and remove (the data directory's journal). */
    public void itemChanges(ItemChanges value) {
        changes = value;
    }

    /** Returns the streams of every table, including those of deleted tables not yet aged out. */
    public StreamRegistry streams() {
        return streams;
    }

    public Clock clock() {
        return clock;
    }

    /** The clock's time in whole milliseconds, the precision of the times DynamoDB reports for tables. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Returns the table, or throws DynamoDB's ResourceNotFoundException. */
    public Table table(String name) {
        Table table = name == null ? null : tables.get(name);
        if (table == null) {
            throw DynamoErrors.resourceNotFound(Messages.TABLE_NOT_FOUND);
        }
        return table;
    }

    /** Returns the table with this ARN (checked for its form first), or throws DynamoDB's ResourceNotFoundException. */
    public Table tableByArn(String arn) {
        Table table = arn.startsWith(ARN_PREFIX) ? tables.get(arn.substring(ARN_PREFIX.length())) : null;
        if (table == null) {
            throw DynamoErrors.resourceNotFound(Messages.noResourceWithArn(arn));
        }
        return table;
    }

    /** Returns true when a table of this name exists. */
    public boolean exists(String name) {
        return tables.containsKey(name);
    }

    /** Returns all tables in name order. */
    public NavigableMap<String, Table> tables() {
        return tables;
    }

    /** Creates and registers an empty table with no indexes. */
    public Table create(TableSpec spec) {
        Table table = new Table(spec, ARN_PREFIX + spec.name(), now(), forwarding);
        tables.put(spec.name(), table);
        return table;
    }

    /** Removes a table and returns it; its stream is disabled, and stays readable until it ages out. */
    public Table delete(String name) {
        Table table = table(name);
        tables.remove(name);
        if (table.stream() != null) {
            table.stream().disable();
        }
        return table;
    }

    /** Returns the ARN of a KMS key given by id, alias ({@code alias/...}) or ARN, in the tables' region. */
    public static String kmsKeyArn(String keyId) {
        if (keyId.startsWith("arn:")) {
            return keyId;
        }
        return "arn:aws:kms:" + REGION_AND_ACCOUNT + (keyId.startsWith("alias/") ? keyId : "key/" + keyId);
    }

    /** Returns an index's ARN. */
    public static String indexArn(Table table, String indexName) {
        return table.arn() + "/index/" + indexName;
    }
}
