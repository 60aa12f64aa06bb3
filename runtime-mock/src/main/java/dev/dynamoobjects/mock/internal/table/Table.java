package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * One table: its definition, its settings and its items, with one store per secondary index kept
 * in step on every write.
 *
 * <p>Engine-internal: public for the engine's packages (batches and transactions use
 * {@link #get}, {@link #put} and {@link #delete}). Not thread-safe: callers hold the engine's lock.
 */
public final class Table {
    private final String name;
    private final String arn;
    private final String id = UUID.randomUUID().toString();
    private final TableSettings settings;
    private final Instant created;
    private final KeySchema keys;
    private final Map<String, AttributeDefinition> attributeDefinitions = new LinkedHashMap<>();
    private final ItemStore items;
    private final Map<String, IndexDefinition> indexes = new LinkedHashMap<>();
    private final Map<String, ItemStore> indexItems = new LinkedHashMap<>();
    private final Map<String, Throughput> indexThroughput = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private BillingMode billingMode;
    private Throughput throughput;
    private Instant payPerRequestSince;
    private TimeToLiveSpecification timeToLive;
    /** The table's latest stream, enabled or not; null when it never had one. */
    private TableStream stream;
    private final ItemChanges changes;

    Table(TableSpec spec, String arn, Instant created, ItemChanges changes) {
        this.changes = changes;
        this.name = spec.name();
        this.arn = arn;
        this.created = created;
        this.keys = spec.keys();
        this.settings = spec.settings();
        for (AttributeDefinition definition : spec.attributeDefinitions()) {
            defineAttribute(definition);
        }
        this.items = new ItemStore(keys.hash().order(), keys.range() == null ? null : keys.range().order());
        billingMode(spec.billingMode(), spec.throughput(), created);
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** Returns the table's TableId, a UUID that tells this table from an earlier one of the same name. */
    public String id() {
        return id;
    }

    /** Returns the control-plane settings DescribeTable reports. */
    public TableSettings settings() {
        return settings;
    }

    public Instant created() {
        return created;
    }

    /** Returns the table's primary key. */
    public KeySchema keys() {
        return keys;
    }

    /** Returns the attribute definitions, in the order they were given. */
    public List<AttributeDefinition> attributeDefinitions() {
        return List.copyOf(attributeDefinitions.values());
    }

    /** Adds (or replaces) the definition of a key attribute, as a new global index brings it. */
    public void defineAttribute(AttributeDefinition definition) {
        attributeDefinitions.put(definition.attributeName(), definition);
    }

    /** Returns the primary item store. */
    public ItemStore items() {
        return items;
    }

    /** Returns the secondary indexes by name, in creation order. */
    public Map<String, IndexDefinition> indexes() {
        return indexes;
    }

    /** Returns an index's item store (entries keyed by {@code IndexEntryKey}). */
    public ItemStore indexItems(String indexName) {
        return indexItems.get(indexName);
    }

    public BillingMode billingMode() {
        return billingMode;
    }

    public Throughput throughput() {
        return throughput;
    }

    public Instant payPerRequestSince() {
        return payPerRequestSince;
    }

    /** Returns a global index's provisioned throughput (zero under on-demand billing). */
    public Throughput indexThroughput(String indexName) {
        return indexThroughput.getOrDefault(indexName, Throughput.NONE);
    }

    /** Sets a global index's provisioned throughput. */
    public void indexThroughput(String indexName, Throughput value) {
        indexThroughput.put(indexName, value);
    }

    /** Sets the billing mode and the table's provisioned throughput. */
    public void billingMode(BillingMode mode, Throughput value, Instant now) {
        if (mode == BillingMode.PAY_PER_REQUEST && billingMode != BillingMode.PAY_PER_REQUEST) {
            payPerRequestSince = now;
        }
        billingMode = mode;
        throughput = value;
    }

    /** Returns the TTL setting, or null when TTL was never set. */
    public TimeToLiveSpecification timeToLive() {
        return timeToLive;
    }

    public void timeToLive(TimeToLiveSpecification value) {
        timeToLive = value;
    }

    /** Returns the table's latest stream (enabled or disabled), or null when it never had one. */
    public TableStream stream() {
        return stream;
    }

    public void stream(TableStream value) {
        stream = value;
    }

    /** Returns the table's tags, mutable. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Adds a secondary index and fills it from the table's items. */
    public void addIndex(IndexDefinition index) {
        indexes.put(index.name(), index);
        ItemStore store = new ItemStore(index.keys().partitionOrder(), IndexEntryKey.order(keys, index.keys()));
        indexItems.put(index.name(), store);
        items.partitionsFrom(null, true).forEachRemaining(partition -> items.items(partition.getValue(), null)
                .forEachRemaining(item -> index(index, store, item, true)));
    }

    /** Removes a secondary index. */
    public void removeIndex(String indexName) {
        IndexDefinition removed = indexes.remove(indexName);
        indexItems.remove(indexName);
        indexThroughput.remove(indexName);
        if (removed != null) {
            // DynamoDB (and DynamoDB Local) define only the key attributes of the table and its indexes.
            removed.keys().names().stream().filter(name -> !keys.names().contains(name)
                    && indexes.values().stream().noneMatch(index -> index.keys().names().contains(name)))
                    .forEach(attributeDefinitions::remove);
        }
    }

    /** Returns the item with this key, or null. */
    public StoredItem get(PrimaryKey key) {
        return items.get(key.partition(), key.sort());
    }

    /**
     * Stores an item (replacing any with its key), updates the indexes, records the change on the
     * table's stream, and returns the replaced item. With {@link #delete} and {@link #expire}, the one
     * path every write takes.
     */
    public StoredItem put(PrimaryKey key, StoredItem item) {
        StoredItem previous = store(key, item);
        if (stream != null) {
            stream.changed(previous, item, false);
        }
        changes.stored(name, item.attributes());
        return previous;
    }

    /**
     * Puts back an item read from the data directory's journal: as {@link #put}, without a stream
     * record (the change happened before the restart) and without reporting it to the journal.
     */
    public void restore(PrimaryKey key, StoredItem item) {
        store(key, item);
    }

    /** Removes an item named in the data directory's journal: as {@link #restore}, for a removal. */
    public void restoreRemoval(PrimaryKey key) {
        unstore(key);
    }

    private StoredItem store(PrimaryKey key, StoredItem item) {
        StoredItem previous = items.put(key.partition(), key.sort(), item);
        for (IndexDefinition index : indexes.values()) {
            ItemStore store = indexItems.get(index.name());
            if (previous != null) {
                index(index, store, previous, false);
            }
            index(index, store, item, true);
        }
        return previous;
    }

    /** Removes the item with this key, updates the indexes and the stream, and returns the removed item or null. */
    public StoredItem delete(PrimaryKey key) {
        return remove(key, false);
    }

    /** Removes an item whose TTL has passed: as {@link #delete}, its stream record names DynamoDB's service. */
    public StoredItem expire(PrimaryKey key) {
        return remove(key, true);
    }

    private StoredItem remove(PrimaryKey key, boolean byService) {
        StoredItem previous = unstore(key);
        if (previous != null) {
            if (stream != null) {
                stream.changed(previous, null, byService);
            }
            Map<String, AttributeValue> keyAttributes = keys.keyAttributes(previous.attributes());
            if (byService) {
                changes.expired(name, keyAttributes);
            } else {
                changes.removed(name, keyAttributes);
            }
        }
        return previous;
    }

    private StoredItem unstore(PrimaryKey key) {
        StoredItem previous = items.remove(key.partition(), key.sort());
        if (previous != null) {
            for (IndexDefinition index : indexes.values()) {
                index(index, indexItems.get(index.name()), previous, false);
            }
        }
        return previous;
    }

    /**
     * Returns where an item sits in an index's store: the index partition key object and the entry's
     * sort position; used to resume a Query or Scan of an index after its ExclusiveStartKey.
     */
    public PrimaryKey indexPosition(IndexDefinition index, Map<String, AttributeValue> item) {
        PrimaryKey indexKey = index.keys().keyOf(item);
        PrimaryKey tableKey = keys.keyOf(item);
        return new PrimaryKey(indexKey.partition(), new IndexEntryKey(indexKey.sort(), tableKey.partition(),
                tableKey.sort()));
    }

    /** Removes every item. */
    public void clear() {
        items.clear();
        indexItems.values().forEach(ItemStore::clear);
    }

    private void index(IndexDefinition index, ItemStore store, StoredItem item, boolean add) {
        PrimaryKey indexKey = index.keys().keyOfStored(item.attributes());
        if (indexKey == null) {
            return;
        }
        PrimaryKey tableKey = keys.keyOfStored(item.attributes());
        IndexEntryKey entry = new IndexEntryKey(indexKey.sort(), tableKey.partition(), tableKey.sort());
        if (add) {
            store.put(indexKey.partition(), entry, indexedItem(index, item));
        } else {
            store.remove(indexKey.partition(), entry);
        }
    }

    /** Returns the item as the index stores it: shared for ALL, with its projected size otherwise. */
    private static StoredItem indexedItem(IndexDefinition index, StoredItem item) {
        if (index.projectsAll()) {
            return item;
        }
        return new StoredItem(item.attributes(), ItemValues.itemSize(index.project(item.attributes())));
    }
}
