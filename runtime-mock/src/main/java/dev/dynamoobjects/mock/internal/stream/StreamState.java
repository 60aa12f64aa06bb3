package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.store.StoredItem;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Every stream's state at one instant, as the data directory's snapshot keeps it: what the
 * registry counts (sequence numbers, shards), each stream and each shard with its records. Made
 * under the engine's write lock by {@link StreamRegistry#state}: records hold the store's immutable
 * item images, so taking the state copies references, not bytes. {@link StreamRegistry#restore} puts it
 * back into an empty registry.
 *
 * @param lastSequence the sequence number the last record took
 * @param shardCount   how many shards were ever opened (a part of each new shard's id)
 * @param streams      the registry's streams, then the tables' streams it no longer holds
 */
public record StreamState(long lastSequence, int shardCount, List<Stream> streams) {
    /**
     * One stream.
     *
     * @param registered     false for a table's latest stream that aged out of the registry (the
     *                       table still names it)
     * @param disabledMillis when it was disabled, -1 while it is enabled
     */
    public record Stream(String arn, String label, String tableName, List<KeySchemaElement> keySchema,
                         StreamViewType viewType, long createdMillis, long disabledMillis, boolean registered,
                         List<Shard> shards) {
    }

    /**
     * One shard and its untrimmed records, the record arrays holding the {@code count - first}
     * records from index {@code first} on; record {@code i}'s images (see {@link StoredItem#image}) and
     * their sizes are at {@code 2 * i} (before the write, null when none) and {@code 2 * i + 1} (after).
     *
     * @param first          how many records were trimmed from its front
     * @param endingSequence -1 while it is open
     */
    public record Shard(String id, String parentId, long startingSequence, long createdMillis, int capacity,
                        int expected, int count, int first, long trimmedThrough, long endingSequence,
                        long closedMillis, Object[] images, int[] sizes, long[] createdMillisOf,
                        boolean[] byService, long[] sequences) {
    }
}
