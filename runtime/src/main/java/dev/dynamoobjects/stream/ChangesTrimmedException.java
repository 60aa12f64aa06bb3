package dev.dynamoobjects.stream;

/**
 * Thrown when changes were lost: the stream no longer holds records a checkpoint had not read yet.
 * DynamoDB keeps stream records for 24 hours; a consumer that stops for longer must reconcile the
 * table another way (a scan) and start again with {@link ChangeFeed#fromTrimHorizon()}.
 *
 * <pre>{@code
 * try {
 *     changes = reader.poll();
 * } catch (ChangesTrimmedException e) {
 *     rebuildIndexFromScan();
 *     reader = feed.fromTrimHorizon();
 * }
 * }</pre>
 */
public class ChangesTrimmedException extends ChangeFeedException {
    private static final long serialVersionUID = 1L;

    private final String shardId;

    /**
     * Creates the exception.
     *
     * @param message what was lost and what to do
     * @param table   the physical table name
     * @param shardId the shard whose records were trimmed
     * @param cause   DynamoDB's {@code TrimmedDataAccessException}, or null when the shard itself is gone
     */
    public ChangesTrimmedException(String message, String table, String shardId, Throwable cause) {
        super(message, table, cause);
        this.shardId = shardId;
    }

    /** Returns the shard whose records were trimmed. */
    public String shardId() {
        return shardId;
    }
}
