package dev.dynamoobjects.example;

import dev.dynamoobjects.attribute.StringAttribute;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.migration.Migrations;
import dev.dynamoobjects.migration.VersionStamp;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The table of {@link Customer} records (DynamoDB table {@code customer}). Items carry their
 * schema version in {@code schemaVersion}; older items are upgraded on read by the migrations
 * given to the constructor.
 *
 * <pre>{@code
 * CustomerTable customers = new CustomerTable(db, Migrations.builder().step(0, item -> ...).build());
 * }</pre>
 */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class CustomerTable extends Table<Customer> {
    /** The table's keys and billing, as declared on {@link Customer}. */
    public static final TableSchema SCHEMA = new TableSchema(
            "customer", new KeyAttribute("customerId", ScalarType.S), null, List.of(), 0, 0);

    /** The record's schema version, {@code @SchemaVersion(3)}, and the attribute holding it. */
    public static final VersionStamp SCHEMA_VERSION = new VersionStamp("schemaVersion", 3);

    /** The record's mapper. */
    public static final RecordMapper<Customer> MAPPER = CustomerMapper.INSTANCE;

    /** {@code customerId}: the partition key. */
    public static final StringAttribute<Customer> CUSTOMER_ID = new StringAttribute<>("customerId");

    /** Creates the table on a database, with no migrations: items of an older version fail to read. */
    public CustomerTable(DynamoDatabase database) {
        this(database, Migrations.none());
    }

    /** Creates the table on a database, upgrading older items with {@code migrations}. */
    public CustomerTable(DynamoDatabase database, Migrations migrations) {
        super(database, SCHEMA, MAPPER, SCHEMA_VERSION, migrations);
    }

    /**
     * Returns the customer with this key.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when there is none
     */
    public Customer get(String customerId) {
        return get(key(CUSTOMER_ID.encode(customerId)));
    }

    /** Returns the customer with this key, or empty. */
    public Optional<Customer> find(String customerId) {
        return find(key(CUSTOMER_ID.encode(customerId)));
    }
}
