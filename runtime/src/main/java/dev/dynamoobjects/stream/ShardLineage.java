package dev.dynamoobjects.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The shards of a stream in the order they must be read: a shard splits or closes into children,
 * and the changes of one item are in order only if a parent is read to its end before its children.
 * DescribeStream lists shards in no promised order; each names its parent ({@code ParentShardId}),
 * which is what the order follows.
 */
final class ShardLineage {
    private ShardLineage() {
    }

    /** Returns every shard of the stream, following {@code DescribeStream}'s pages. */
    static List<Shard> describe(DynamoDbStreamsClient streams, String streamArn) {
        List<Shard> shards = new ArrayList<>();
        String after = null;
        do {
            String start = after;
            DescribeStreamResponse page = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(start));
            shards.addAll(page.streamDescription().shards());
            after = page.streamDescription().lastEvaluatedShardId();
        } while (after != null);
        return shards;
    }

    /**
     * Returns the shards with every parent before its children, otherwise in the order given. A
     * parent that is no longer listed (trimmed) does not hold its children back.
     */
    static List<Shard> parentsFirst(List<Shard> listing) {
        Map<String, Shard> shards = new LinkedHashMap<>();
        listing.forEach(shard -> shards.putIfAbsent(shard.shardId(), shard));
        Set<String> listed = shards.keySet();
        Set<String> placed = new HashSet<>();
        List<Shard> ordered = new ArrayList<>();
        while (ordered.size() < shards.size()) {
            int before = ordered.size();
            for (Shard shard : shards.values()) {
                String parent = shard.parentShardId();
                boolean ready = parent == null || !listed.contains(parent) || placed.contains(parent);
                if (!placed.contains(shard.shardId()) && ready) {
                    placed.add(shard.shardId());
                    ordered.add(shard);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Shards whose parents form a cycle: " + listing);
            }
        }
        return ordered;
    }
}
