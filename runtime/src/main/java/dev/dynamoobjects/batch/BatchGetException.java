package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.DynamoObjectsException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown by {@link BatchGet#execute()} when keys could not be read: DynamoDB left them unprocessed
 * on every attempt, or refused a request (the cause). Lists every unread key, and carries what
 * was read.
 *
 * <pre>{@code
 * try {
 *     result = batch.execute();
 * } catch (BatchGetException e) {
 *     result = e.partialResult();
 *     retryLater(e.unreadKeys());
 * }
 * }</pre>
 */
public class BatchGetException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final Map<String, List<Map<String, AttributeValue>>> unreadKeys;
    private final transient BatchGetResult partialResult;
    private final BatchStats stats;

    BatchGetException(RetryLoop.Outcome<Map<String, AttributeValue>> outcome, int total, BatchRetry retry,
            BatchGetResult partialResult) {
        super(BatchMessages.undone("BatchGetItem", "key reads", outcome, total, retry),
                outcome.undone().get(0).table().name(), null, outcome.cause());
        this.unreadKeys = Pending.byTable(outcome.undone(), Pending::key);
        this.partialResult = partialResult;
        this.stats = outcome.stats();
    }

    /** Returns the requests the batch sent, its retries and pauses. */
    public BatchStats stats() {
        return stats;
    }

    /** Returns the keys not read, by physical table name. */
    public Map<String, List<Map<String, AttributeValue>>> unreadKeys() {
        return unreadKeys;
    }

    /** Returns what was read: the items found and the keys read that have no item. */
    public BatchGetResult partialResult() {
        return partialResult;
    }
}
