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

    BatchGetException(List<Pending<Map<String, AttributeValue>>> unread, int total, BatchRetry retry,
            BatchGetResult partialResult, DynamoObjectsException cause) {
        super(BatchMessages.undone("BatchGetItem", "key reads", unread, total, retry, cause),
                unread.get(0).table().name(), null, cause);
        this.unreadKeys = Pending.byTable(unread, Pending::key);
        this.partialResult = partialResult;
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
