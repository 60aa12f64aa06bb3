package dev.dynamoobjects.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a reader stands in one stream: per shard, the sequence number of the last change it
 * returned, or that it has read the shard to its end. A shard it has not started is absent and is
 * read from its first record. As text: {@code 1|<stream ARN>|<shard id>=<sequence number or done>|...}.
 */
final class Checkpoint {
    private static final String VERSION = "1";
    private static final String DONE = "done";
    private static final String SEPARATOR = "|";

    private final String streamArn;
    private final Map<String, String> positions;

    private Checkpoint(String streamArn, Map<String, String> positions) {
        this.streamArn = streamArn;
        this.positions = positions;
    }

    /** Returns the checkpoint of a reader that has read nothing of the stream. */
    static Checkpoint start(String streamArn) {
        return new Checkpoint(streamArn, new LinkedHashMap<>());
    }

    /** Returns the checkpoint that {@link #toString()} wrote. */
    static Checkpoint parse(String text, String table) {
        String[] parts = text.split("\\|", -1);
        if (parts.length < 2 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
            throw new ChangeFeedException(StreamMessages.notACheckpoint(text, "no version 1 and stream ARN"), table, null);
        }
        Map<String, String> positions = new LinkedHashMap<>();
        for (int i = 2; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            String position = parts[i].substring(equals + 1);
            if (equals < 1 || !(position.equals(DONE) || position.matches("[0-9]+"))) {
                throw new ChangeFeedException(StreamMessages.notACheckpoint(text, "bad shard position " + parts[i]),
                        table, null);
            }
            positions.put(parts[i].substring(0, equals), position);
        }
        return new Checkpoint(parts[1], positions);
    }

    String streamArn() {
        return streamArn;
    }

    boolean isDone(String shardId) {
        return DONE.equals(positions.get(shardId));
    }

    /** Returns the sequence number of the last change read from the shard, or null when none was. */
    String lastRead(String shardId) {
        String position = positions.get(shardId);
        return DONE.equals(position) ? null : position;
    }

    void read(String shardId, String sequenceNumber) {
        positions.put(shardId, sequenceNumber);
    }

    void done(String shardId) {
        positions.put(shardId, DONE);
    }

    /** Returns a shard started but not finished that is not among {@code listed}, or null when there is none. */
    String unfinishedMissingFrom(Set<String> listed) {
        return positions.keySet().stream()
                .filter(shard -> !isDone(shard) && !listed.contains(shard))
                .findFirst().orElse(null);
    }

    /** Forgets the finished shards that are no longer in the stream, so the checkpoint stays small. */
    void forgetFinishedExcept(Set<String> listed) {
        positions.keySet().removeIf(shard -> isDone(shard) && !listed.contains(shard));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(streamArn);
        positions.forEach((shard, position) -> text.append(SEPARATOR).append(shard).append('=').append(position));
        return text.toString();
    }
}
