package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One stream of one table: enabled from its creation until the table disables it (or is deleted),
 * then readable, with its shards closed, until its records age out.
 *
 * <p>Not thread-safe: callers hold the engine's write lock.
 */
public final class TableStream {
    private final StreamRegistry registry;
    private final String arn;
    private final String label;
    private final String tableName;
    private final String region;
    private final List<KeySchemaElement> keySchema;
    private final StreamViewType viewType;
    private final Instant created;
    private final Map<String, StreamShard> shards = new LinkedHashMap<>();
    private StreamShard open;
    private long disabledMillis = -1;

    TableStream(StreamRegistry registry, String arn, String label, String tableName,
                List<KeySchemaElement> keySchema, StreamViewType viewType, Instant created) {
        this.registry = registry;
        this.arn = arn;
        this.label = label;
        this.tableName = tableName;
        this.region = arn.split(":")[3];
        this.keySchema = List.copyOf(keySchema);
        this.viewType = viewType;
        this.created = created;
        this.open = registry.newShard(null);
        shards.put(open.id(), open);
    }

    /** A stream as {@code state} left it (see {@link StreamRegistry#restore}). */
    TableStream(StreamRegistry registry, StreamState.Stream state) {
        this.registry = registry;
        this.arn = state.arn();
        this.label = state.label();
        this.tableName = state.tableName();
        this.region = arn.split(":")[3];
        this.keySchema = List.copyOf(state.keySchema());
        this.viewType = state.viewType();
        this.created = Instant.ofEpochMilli(state.createdMillis());
        this.disabledMillis = state.disabledMillis();
        for (StreamState.Shard shard : state.shards()) {
            open = StreamShard.restore(shard);
            shards.put(open.id(), open);
        }
    }

    /** The stream's state (see {@link StreamState}); {@code registered} false when the registry let it go. */
    StreamState.Stream state(boolean registered) {
        return new StreamState.Stream(arn, label, tableName, keySchema, viewType, created.toEpochMilli(),
                disabledMillis, registered, shards.values().stream().map(StreamShard::state).toList());
    }

    public String arn() {
        return arn;
    }

    public String label() {
        return label;
    }

    public String tableName() {
        return tableName;
    }

    /** The region in the stream's ARN, which its records name as their awsRegion. */
    String region() {
        return region;
    }

    public StreamViewType viewType() {
        return viewType;
    }

    public boolean enabled() {
        return disabledMillis < 0;
    }

    List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    Instant created() {
        return created;
    }

    StreamStatus status() {
        return enabled() ? StreamStatus.ENABLED : StreamStatus.DISABLED;
    }

    long disabledMillis() {
        return disabledMillis;
    }

    /** The shards still readable, oldest first. */
    List<StreamShard> shards() {
        return new ArrayList<>(shards.values());
    }

    StreamShard shard(String id) {
        return id == null ? null : shards.get(id);
    }

    /**
     * Records an item's change, the one place every write path reaches (through the table's put and
     * delete): nothing when the item did not change ("If you perform a PutItem or UpdateItem operation
     * that does not change any data in an item, DynamoDB Streams does not write a stream record for
     * that operation", DynamoDB Developer Guide, Change data capture for DynamoDB Streams). Items of
     * different sizes differ: only items of one size are compared.
     *
     * @param before the item before the write, null when there was none
     * @param after  the item after it, null when it was deleted
     */
    public void changed(StoredItem before, StoredItem after, boolean byService) {
        if (!enabled() || before == after || (before != null && after != null && before.size() == after.size()
                && before.attributes().equals(after.attributes()))) {
            return;
        }
        registry.record(this, before, after, byService);
    }

    /**
     * Numbers a record and appends it to the open shard, rolling the shard over first when it is full
     * or old; see {@link ChangeRecord} for the fields.
     */
    void append(StoredItem before, StoredItem after, boolean byService, long createdMillis) {
        if (open.full() || registry.outlived(open, createdMillis)) {
            rollover();
        }
        open.append(before, after, createdMillis, byService, registry.takeSequence());
    }

    /**
     * Closes the open shard and opens its child, as DynamoDB does every few hours; trims the oldest
     * shards too, so that a stream written to and never read stays bounded.
     */
    void rollover() {
        if (!enabled()) {
            return;
        }
        long now = registry.nowMillis();
        open.close(now);
        open = registry.newShard(open);
        shards.put(open.id(), open);
        trimOldest(now - StreamRegistry.RETENTION.toMillis());
    }

    /** Disables the stream: no more records, every shard closed. */
    public void disable() {
        if (enabled()) {
            disabledMillis = registry.nowMillis();
            open.close(disabledMillis);
        }
    }

    /** Drops what the retention period has passed: records, then closed shards left empty. */
    void trim(long cutoffMillis) {
        shards.values().removeIf(shard -> trimmedAway(shard, cutoffMillis));
    }

    /**
     * Drops the oldest shards that were closed before the cutoff (so all their records were made
     * before it), up to the first that was not: a rollover's trim then costs what it drops, and a
     * stream written to and never read stays bounded. Records of the shard that spans the cutoff are
     * left to the next read, which trims every shard to the record ({@link #trim}), so no reader sees
     * the difference.
     */
    private void trimOldest(long cutoffMillis) {
        for (Iterator<StreamShard> oldest = shards.values().iterator(); oldest.hasNext(); ) {
            StreamShard shard = oldest.next();
            if (!shard.closed() || shard.closedMillis() >= cutoffMillis) {
                return;
            }
            oldest.remove();
        }
    }

    /** Trims a shard; true when it is closed, empty, and was closed before the cutoff: gone. */
    private static boolean trimmedAway(StreamShard shard, long cutoffMillis) {
        shard.trim(cutoffMillis);
        return shard.closed() && shard.size() == 0 && shard.closedMillis() < cutoffMillis;
    }
}
