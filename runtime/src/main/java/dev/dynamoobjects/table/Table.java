package dev.dynamoobjects.table;

import dev.dynamoobjects.attribute.Incrementable;
import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.exception.RecordNotFoundException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.migration.Migrations;
import dev.dynamoobjects.migration.VersionStamp;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.validation.RecordValidation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The base of every generated table class ({@code StoreTable extends Table<Store>}): the
 * operations of one DynamoDB table, typed by its record. The generated subclass adds methods
 * whose parameters are the key attributes' Java types ({@code get(String storeId)}); the
 * operations here that take a raw key map are protected for that reason.
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
    private final DynamoDatabase database;
    private final TableSchema schema;
    private final RecordMapper<R> mapper;
    private final String name;
    private final TableState state;
    private final VersionStamp schemaVersion;
    private final Migrations migrations;

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
    public final R prepare(R record) {
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
            return delete(mapper.keyOf(record), condition);
        } catch (ConditionFailedException e) {
            throw Writes.conflict(this, record, Writes.version(this, record), e);
        }
    }

    /** Returns the key of a record with this table, for transactions. */
    public final ItemKey<R> keyOf(R record) {
        return new ItemKey<>(this, mapper.keyOf(record));
    }

    /** Returns a scan of the whole table; see {@link Scan} for filters, projection and segments. */
    public final Scan<R> scan() {
        return new Scan<>(this);
    }

    /** Returns the number of items in the table, counted by a scan. */
    public final long count() {
        return scan().count();
    }

    /** Returns the raw item with a key, for what the record type does not show. */
    public final Optional<Map<String, AttributeValue>> findItem(Map<String, AttributeValue> key) {
        var response = call(key, null, () -> client().getItem(r -> r.tableName(name).key(key)));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * Returns the record with a key.
     *
     * @throws RecordNotFoundException when no item has the key
     */
    protected final R get(Map<String, AttributeValue> key) {
        return find(key).orElseThrow(() -> new RecordNotFoundException(name, key));
    }

    /** Returns the record with a key, or empty. */
    protected final Optional<R> find(Map<String, AttributeValue> key) {
        return findItem(key).map(this::toRecord);
    }

    /** Returns the record with a key, or a new one holding the key and every default. */
    protected final R getOrDefault(Map<String, AttributeValue> key) {
        return find(key).orElseGet(() -> mapper.fromItem(key));
    }

    /** Deletes the item with a key and returns it as stored, or empty when there was none. */
    protected final Optional<R> delete(Map<String, AttributeValue> key) {
        return delete(key, null);
    }

    /**
     * Deletes the item with a key if {@code condition} holds, and returns it as stored.
     *
     * @throws ConditionFailedException when the condition is false
     */
    protected final Optional<R> delete(Map<String, AttributeValue> key, Condition<R> condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        DeleteItemRequest request = DeleteItemRequest.builder()
                .tableName(name).key(key).returnValues(ReturnValue.ALL_OLD)
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        var response = call(key, condition, () -> client().deleteItem(request));
        return record(response.hasAttributes(), response.attributes());
    }

    /**
     * Applies update actions to the item with a key (creating it when missing) and returns the
     * record as stored afterwards.
     */
    protected final R update(Map<String, AttributeValue> key, List<Update<R>> updates) {
        return update(key, updates, null);
    }

    /**
     * Applies update actions if {@code condition} holds and returns the record as stored afterwards.
     *
     * @throws ConditionFailedException when the condition is false
     */
    protected final R update(Map<String, AttributeValue> key, List<Update<R>> updates, Condition<R> condition) {
        if (updates.isEmpty()) {
            throw new ValidationException("update(...) on table " + name + " needs at least one action,"
                    + " such as StoreTable.NAME.set(\"x\")");
        }
        ExpressionAttributes attributes = new ExpressionAttributes();
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(name).key(key).returnValues(ReturnValue.ALL_NEW)
                .updateExpression(Update.render(Writes.updates(this, updates), attributes))
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        return toRecord(call(key, condition, () -> client().updateItem(request)).attributes());
    }

    /**
     * Adds {@code amount} (negative to subtract) to a number attribute of the item with a key, in
     * one atomic request without reading first, and returns the new value. A missing attribute
     * counts as 0; a missing item is created with only its key and this attribute.
     */
    protected final long increment(Map<String, AttributeValue> key, Incrementable<R> attribute, long amount) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        List<Update<R>> updates = Writes.updates(this,
                List.of(Update.add(attribute.name(), AttributeValue.fromN(Long.toString(amount)))));
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(name).key(key).returnValues(ReturnValue.UPDATED_NEW)
                .updateExpression(Update.render(updates, attributes))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        var response = call(key, null, () -> client().updateItem(request));
        return new BigDecimal(response.attributes().get(attribute.name()).n()).longValueExact();
    }

    /**
     * Returns a query of the items with a partition key value; the generated {@code query(key)}
     * types it. Not an overload of {@code query}, so that javac's errors on the generated one do
     * not list it.
     */
    protected final <Q> Query<R, Q> queryTable(AttributeValue partitionKey) {
        return new Query<>(this, null, schema.partitionKey().name(), schema.sortKey(), partitionKey);
    }

    /**
     * Returns a query of the items with a partition key value and a condition on the table's sort
     * key; the generated {@code query(key, condition)} takes the condition typed by the table. Not
     * an overload of {@code query}, so that javac's errors on the generated one do not list it.
     */
    protected final <Q> Query<R, Q> queryWithSortKey(AttributeValue partitionKey, KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>queryTable(partitionKey).sortKey(sortKeyCondition);
    }

    /** Returns a query of a local secondary index: the items with a partition key value. */
    protected final <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey) {
        IndexSchema index = index(indexName);
        return new Query<>(this, indexName, index.partitionKey().name(), index.sortKey(), partitionKey);
    }

    /** Returns a query of a local secondary index with a condition on its sort key. */
    protected final <Q> Query<R, Q> queryLocalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>queryLocalIndex(indexName, partitionKey).sortKey(sortKeyCondition);
    }

    /** Returns a query of a global secondary index: the items with an index partition key value. */
    protected final <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey) {
        IndexSchema index = index(indexName);
        return new GlobalIndexQuery<>(this, indexName, index.partitionKey().name(), index.sortKey(), partitionKey);
    }

    /** Returns a query of a global secondary index with a condition on its sort key. */
    protected final <Q> GlobalIndexQuery<R, Q> queryGlobalIndex(String indexName, AttributeValue partitionKey,
            KeyCondition<R, ?> sortKeyCondition) {
        return this.<Q>queryGlobalIndex(indexName, partitionKey).sortKey(sortKeyCondition);
    }

    private IndexSchema index(String indexName) {
        return schema.indexes().stream()
                .filter(i -> i.name().equals(indexName))
                .findFirst()
                .orElseThrow(() -> new ValidationException("Table " + schema.tableName()
                        + " has no index named " + indexName));
    }

    /** Returns the typed key of a key map, for the generated {@code keyOf(key values...)}. */
    protected final ItemKey<R> itemKey(Map<String, AttributeValue> key) {
        return new ItemKey<>(this, key);
    }

    /**
     * Reads the record with a key, applies {@code change} and saves the result, again from the
     * read while another writer wins the race; needs a {@code @Version} attribute. {@code change}
     * may run several times, so it must only compute the new record from the one it gets.
     *
     * @throws RecordNotFoundException when no item has the key
     * @throws VersionConflictException when it still loses after many attempts (50)
     */
    protected final R modify(Map<String, AttributeValue> key, UnaryOperator<R> change) {
        if (!schema.versioned()) {
            throw new ValidationException("modify(...) on table " + name + " needs a @Version attribute"
                    + " on the record to detect concurrent writes; add one, or use update(...)");
        }
        return VersionRetry.run(() -> save(change.apply(get(key))));
    }

    /** Returns the key map of a table with a partition key only. */
    protected final Map<String, AttributeValue> key(AttributeValue partitionKey) {
        return Map.of(schema.partitionKey().name(), partitionKey);
    }

    /** Returns the key map of a table with a partition and a sort key. */
    protected final Map<String, AttributeValue> key(AttributeValue partitionKey, AttributeValue sortKey) {
        return Map.of(schema.partitionKey().name(), partitionKey, schema.sortKey().name(), sortKey);
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
