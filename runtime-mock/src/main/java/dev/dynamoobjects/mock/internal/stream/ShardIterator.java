package dev.dynamoobjects.mock.internal.stream;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A shard iterator: where in which shard of which stream the next read starts, and when it was
 * handed out. On the wire, as DynamoDB's, it starts with the stream's ARN; the rest is opaque.
 *
 * @param position the smallest sequence number the next read returns
 */
record ShardIterator(String streamArn, String shardId, long position, long issuedMillis) {
    private static final String VERSION = "|1|";

    String encode() {
        String state = shardId + '|' + position + '|' + issuedMillis;
        return streamArn + VERSION + Base64.getEncoder().encodeToString(state.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an iterator this engine handed out, or throws DynamoDB's ValidationException. */
    static ShardIterator decode(String text) {
        int split = text == null ? -1 : text.lastIndexOf(VERSION);
        if (split < 0) {
            throw invalid();
        }
        try {
            String[] state = new String(Base64.getDecoder().decode(text.substring(split + VERSION.length())),
                    StandardCharsets.UTF_8).split("\\|");
            if (state.length != 3) {
                throw invalid();
            }
            return new ShardIterator(text.substring(0, split), state[0], Long.parseLong(state[1]),
                    Long.parseLong(state[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return DynamoErrors.validation(StreamMessages.INVALID_ITERATOR);
    }
}
