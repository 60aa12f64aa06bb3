package dev.dynamoobjects.table;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.internal.table.RawAccess;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.migration.Migrations;
import dev.dynamoobjects.migration.VersionStamp;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.validation.RecordValidation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The base of every generated table class ({@code StoreTable extends Table<Store>}): the
 * operations of one DynamoDB table, typed by its record. The generated subclass adds the methods
 * whose parameters are the key attributes' Java types ({@code get(String storeId)}); the raw-key
 * operations they call are internal ({@code dev.dynamoobjects.internal.table.RawTable}).
 *
 * <p>The first operation on a missing table creates it, when the database allows it. Every
 * DynamoDB or SDK error surfaces as a {@link dev.dynamoobjects.exception.DynamoObjectsException}.
 * A table is thread-safe; its queries and scans are builders for one thread.
 *
 * <pre>{@code
 * StoreTable stores = new StoreTable(db);
 * stores.save(ImmutableStore.builder().storeId("s1").name("Corner").build());
 * Store s1 = stores.get("s1");
 * stores.delete("s1");
 * }</pre>
 *
 * @param <R> the record type
 */
public abstract class Table<R> {
    static {
        RawAccess.installTables(table -> table.raw);
    }

    private final DynamoDatabase database;
    private final TableSchema schema;
    private final RecordMapper<R> mapper;
    private final String name;
    private final TableState state;
    private final VersionStamp schemaVersion;
    private final Migrations migrations;
    private final KeyedOperations<R> raw = new KeyedOperations<>(this);

    /**
     * Creates the table on a database; generated constructors call this.
     *
     * @param database the database (client, prefix, auto-creation)
     * @param schema   the table's schema ({@code StoreTable.SCHEMA})
     * @param mapper   the record's mapper ({@code StoreMapper.INSTANCE})
     */
    protected Table(DynamoDatabase database, TableSchema schema, RecordMapper<R> mapper) {
        this(database, schema, mapper, null, Migrations.none());
    }

    /**
     * Creates the table of a record with a {@code @SchemaVersion}; generated constructors call this.
     *
     * @param schemaVersion the record's version ({@code CustomerTable.SCHEMA_VERSION}), or null for none
     * @param migrations    the steps that upgrade older items as they are read
     */
    protected Table(DynamoDatabase database, TableSchema schema, RecordMapper<R> mapper,
            VersionStamp schemaVersion, Migrations migrations) {
        this.database = Objects.requireNonNull(database, "database");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.name = database.physicalName(schema.tableName());
        this.state = database.tableState(schema);
        this.schemaVersion = schemaVersion;
        this.migrations = Objects.requireNonNull(migrations, "migrations");
    }

    /** Returns the table's name in DynamoDB, with the database's prefix. */
    public final String tableName() {
        return name;
    }

    /** Returns the table's schema. */
    public final TableSchema schema() {
        return schema;
    }

    /** Returns the database the table belongs to. */
    public final DynamoDatabase database() {
        return database;
    }

    /** Returns the record's mapper, to turn raw items into records and back. */
    public final RecordMapper<R> mapper() {
        return mapper;
    }

    /**
     * Returns the record of a stored item, upgraded first by the table's migrations when it has an
     * older schema version. Every read of the table and of batches, memory tables and transactions
     * goes through here.
     *
     * @throws dev.dynamoobjects.migration.MigrationException when the item cannot be upgraded
     */
    public final R toRecord(Map<String, AttributeValue> item) {
        return mapper.fromItem(schemaVersion == null ? item
                : migrations.upgrade(item, schemaVersion, name, this::keyIn));
    }

    /**
     * Returns the item to store for a record: the record passed through {@link #beforeWrite} and
     * validated, then mapped, with the current schema version when the record has one. Every write
     * of the table and of batches, memory tables and transactions goes through here.
     *
     * @throws dev.dynamoobjects.exception.InvalidRecordException when the record breaks its constraints
     */
    public final Map<String, AttributeValue> toItem(R record) {
        return itemOf(prepare(record));
    }

    /**
     * Checks or normalises a record before it is written; returns the record to write. The
     * generated table overrides this when the record declares a {@code @BeforeWrite} method:
     *
     * <pre>{@code
     * @Override
     * protected Store beforeWrite(Store record) {
     *     return record.normalized();
     * }
     * }</pre>
     */
    protected R beforeWrite(R record) {
        return record;
    }

    /**
     * Returns the record as a write stores it: generated keys, UUIDs and timestamps filled in, the
     * record's {@code @BeforeWrite} method run, validated. Writes do this themselves; memory tables
     * call it on save so that a record is kept under the key it will be written with.
     *
     * @throws dev.dynamoobjects.exception.InvalidRecordException when the record breaks its constraints
     */
    final R prepare(R record) {
        R ready = Objects.requireNonNull(beforeWrite(Objects.requireNonNull(record, "record")),
                "beforeWrite returned null");
        RecordValidation.validate(ready, name);
        return ready;
    }

    /** Returns the item of a prepared record. */
    final Map<String, AttributeValue> itemOf(R ready) {
        Map<String, AttributeValue> item = mapper.toItem(ready);
        if (schemaVersion == null) {
            return item;
        }
        Map<String, AttributeValue> versioned = new HashMap<>(item);
        versioned.put(schemaVersion.attribute(), AttributeValue.fromN(Integer.toString(schemaVersion.current())));
        return versioned;
    }

    /**
     * Makes sure the table exists: creates it when missing and the database allows it, and waits
     * until it is {@code ACTIVE}. Every operation here does this on first use; code that sends its
     * own requests for this table (batches, tools) calls it first.
     *
     * @throws dev.dynamoobjects.exception.TableNotFoundException when the table is missing and may not be created
     */
    public final void ensureExists() {
        state.ensure(client(), schema);
    }

    /**
     * Writes a record, replacing any item with its key, and returns it as written. With a
     * {@code @Version} attribute, the write happens only if the stored version equals the record's
     * (a record of version 0 only if no item has its key), and the record returned carries the
     * incremented version: save that one next time.
     *
     * <pre>{@code
     * Account saved = accounts.save(account);      // saved.version() == account.version() + 1
     * }</pre>
     *
     * @throws VersionConflictException when the stored version differs; nothing is written
     */
    public final R save(R record) {
        return write(record, null, false);
    }

    /**
     * Writes a record only if {@code condition} holds for the stored item (an absent item has no
     * attributes: {@code NAME.eq(..)} is false, {@code NAME.notExists()} true), and returns it as
     * written. A version, if any, is checked as by {@link #save(Object)}.
     *
     * @throws ConditionFailedException when the condition is false
     * @throws VersionConflictException when the stored version differs
     */
    public final R save(R record, Condition<R> condition) {
        return write(record, Objects.requireNonNull(condition, "condition"), false);
    }

    /**
     * Saves the record made of a map of plain values by attribute name (as parsed from JSON), and
     * returns it as written: every key must be an attribute and every value of its type.
     *
     * <pre>{@code
     * Member m = members.saveMap(Map.of("memberId", "m1", "name", "Ada", "points", 3));
     * }</pre>
     *
     * @throws dev.dynamoobjects.mapping.MappingException listing every unknown attribute and wrong value
     */
    public final R saveMap(Map<String, ?> values) {
        return save(mapper.fromMap(values));
    }

    /**
     * Writes a record only if no item has its key yet, and returns it as written.
     *
     * @throws ConditionFailedException when an item with the key exists
     */
    public final R create(R record) {
        return write(record, null, true);
    }

    /**
     * Writes a record and returns the one it replaced, or empty when there was none. A version,
     * if any, is checked and incremented as by {@link #save(Object)}.
     */
    public final Optional<R> put(R record) {
        Writes.Put<R> put = Writes.put(this, record, null, false);
        var response = send(put, ReturnValue.ALL_OLD);
        return record(response.hasAttributes(), response.attributes());
    }

    /**
     * Deletes the item with the record's key and returns it as stored, or empty when there was
     * none. With a {@code @Version} attribute, deletes only if the stored version is the record's.
     *
     * @throws VersionConflictException when the stored version differs; nothing is deleted
     */
    public final Optional<R> delete(R record) {
        Condition<R> condition = Writes.deleteCondition(this, record, null);
        try {
            return raw.delete(mapper.keyOf(record), condition);
        } catch (ConditionFailedException e) {
            throw Writes.conflict(this, record, Writes.version(this, record), e);
        }
    }

    /** Returns the key of a record with this table, for transactions. */
    public final ItemKey<R> keyOf(R record) {
        return new ItemKey<>(this, mapper.keyOf(record));
    }

    /**
     * Returns true when an item of the physical table is one of this table's records: always, but
     * for the table of one entity type of a single table, which shares the physical table with the
     * other types. Batch reads that mix several entity types sort their items with it.
     *
     * <pre>{@code
     * List<Order> orders = batch.items(shop.orders().tableName()).stream()
     *         .filter(shop.orders()::holds).map(shop.orders()::toRecord).toList();
     * }</pre>
     */
    public boolean holds(Map<String, AttributeValue> item) {
        return true;
    }

    /**
     * Returns the filter every scan of this table starts with, or null for none. The table of one
     * entity type of a single table keeps its own items with it, as the table holds other types too.
     */
    protected Condition<R> scanFilter() {
        return null;
    }

    /** Returns a scan of the whole table; see {@link Scan} for filters, projection and segments. */
    public final Scan<R> scan() {
        return new Scan<>(this);
    }

    /** Returns the number of items in the table, counted by a scan. */
    public final long count() {
        return scan().count();
    }

    /**
     * Returns the raw item with a key of this table, for what the record type does not show.
     *
     * <pre>{@code
     * Optional<Map<String, AttributeValue>> item = products.findItem(products.keyOf("s1", "shoe-1"));
     * }</pre>
     *
     * @throws ValidationException when the key is of another table
     */
    public final Optional<Map<String, AttributeValue>> findItem(ItemKey<R> key) {
        if (key.table() != this) {
            throw new ValidationException("findItem(...) on table " + name + " was given a key of table "
                    + key.table().tableName() + "; take the key from this table's keyOf(...)");
        }
        return itemWithKey(key.key());
    }

    /** Returns the raw item with a key map, or empty. */
    final Optional<Map<String, AttributeValue>> itemWithKey(Map<String, AttributeValue> key) {
        var response = call(key, null, () -> client().getItem(r -> r.tableName(name).key(key)));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    private R write(R record, Condition<R> condition, boolean mustBeNew) {
        Writes.Put<R> put = Writes.put(this, record, condition, mustBeNew);
        send(put, ReturnValue.NONE);
        return put.versionChecked() ? toRecord(put.item()) : put.record();
    }

    private PutItemResponse send(Writes.Put<R> put, ReturnValue returnValue) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        PutItemRequest request = PutItemRequest.builder()
                .tableName(name).item(put.item()).returnValues(returnValue)
                .conditionExpression(Writes.render(put.condition(), attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(put.condition()))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        try {
            return call(put.item(), put.condition(), () -> client().putItem(request));
        } catch (ConditionFailedException e) {
            throw put.versionChecked() ? Writes.conflict(this, put.record(), put.version(), e) : e;
        }
    }

    private Optional<R> record(boolean present, Map<String, AttributeValue> item) {
        return present ? Optional.of(toRecord(item)) : Optional.empty();
    }

    /**
     * Sends a request once the table is known to exist, turning SDK exceptions into the runtime's.
     *
     * @param item      the key, or an item holding it, or null; named in exceptions
     * @param condition the request's condition, or null; named in exceptions
     */
    final <T> T call(Map<String, AttributeValue> item, Condition<R> condition, Supplier<T> request) {
        state.ensure(client(), schema);
        try {
            return request.get();
        } catch (ConditionalCheckFailedException e) {
            throw new ConditionFailedException(name, keyIn(item), String.valueOf(condition), e.item(), e);
        } catch (SdkException e) {
            throw Errors.translate(e, name, item == null ? null : keyIn(item));
        }
    }

    final DynamoDbClient client() {
        return database.client();
    }

    /** Returns the table-key attributes of an item, for exception messages. */
    private Map<String, AttributeValue> keyIn(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(schema.partitionKey().name(), item.get(schema.partitionKey().name()));
        if (schema.hasSortKey()) {
            key.put(schema.sortKey().name(), item.get(schema.sortKey().name()));
        }
        key.values().removeIf(Objects::isNull);
        return key;
    }
}
