package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.DynamoObjectsException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Thrown by {@link BatchWrite#execute()} when writes were not done: DynamoDB left them unprocessed
 * on every attempt, or refused a request (the cause). Lists every write not done; all other
 * writes of the batch were done.
 *
 * <pre>{@code
 * try {
 *     batch.execute();
 * } catch (BatchWriteException e) {
 *     e.unwritten().forEach((table, writes) -> deadLetters.add(table, writes));
 * }
 * }</pre>
 */
public class BatchWriteException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<WriteRequest>> unwritten;
    private final transient Map<String, List<Map<String, AttributeValue>>> unwrittenKeys;
    private final int written;
    private final BatchStats stats;

    BatchWriteException(RetryLoop.Outcome<WriteRequest> outcome, int total, BatchRetry retry) {
        super(BatchMessages.undone("BatchWriteItem", "writes", outcome, total, retry),
                outcome.undone().get(0).table().name(), null, outcome.cause());
        this.unwritten = Pending.byTable(outcome.undone(), Pending::payload);
        this.unwrittenKeys = Pending.byTable(outcome.undone(), Pending::key);
        this.written = total - outcome.undone().size();
        this.stats = outcome.stats();
    }

    /** Returns the requests the batch sent, its retries and pauses. */
    public BatchStats stats() {
        return stats;
    }

    /** Returns the writes not done (puts and deletes), by physical table name. */
    public Map<String, List<WriteRequest>> unwritten() {
        return unwritten;
    }

    /** Returns the keys of the writes not done, by physical table name. */
    public Map<String, List<Map<String, AttributeValue>>> unwrittenKeys() {
        return unwrittenKeys;
    }

    /** Returns how many writes of the batch were done. */
    public int written() {
        return written;
    }
}
