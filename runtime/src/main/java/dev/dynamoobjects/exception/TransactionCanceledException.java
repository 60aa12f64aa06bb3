package dev.dynamoobjects.exception;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when DynamoDB cancelled a transaction: nothing of it was written. Tells, per operation,
 * why: a false condition (with the item as stored), a version conflict, a conflict with another
 * transaction, throttling, an invalid operation.
 *
 * <pre>{@code
 * try {
 *     Transaction.begin(db).save(accounts, from).save(accounts, to).commit();
 * } catch (TransactionCanceledException e) {
 *     for (OperationOutcome o : e.failures()) {
 *         log.warn("{} on {} {}: {}", o.operation(), o.table(), o.key(), o.reason());
 *     }
 *     // conflicts and throttling were retried already, as the database's TransactionRetry says
 * }
 * }</pre>
 */
public class TransactionCanceledException extends DynamoObjectsException {
    private static final long serialVersionUID = 1L;

    private final List<OperationOutcome> outcomes;
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param outcomes every operation's outcome, in the transaction's order
     * @param cause    the SDK's exception
     */
    public TransactionCanceledException(List<OperationOutcome> outcomes, Throwable cause) {
        this(outcomes, cause, 1);
    }

    private TransactionCanceledException(List<OperationOutcome> outcomes, Throwable cause, int attempts) {
        super(message(outcomes, attempts), null, null, cause);
        this.outcomes = List.copyOf(outcomes);
        this.attempts = attempts;
    }

    /** Returns this cancellation as the last of {@code attempts} attempts of the transaction. */
    public TransactionCanceledException afterAttempts(int attempts) {
        TransactionCanceledException last = new TransactionCanceledException(outcomes, getCause(), attempts);
        last.setStackTrace(getStackTrace());
        return last;
    }

    /** Returns how many times the transaction was sent, the last time with this outcome. */
    public int attempts() {
        return attempts;
    }

    private static String message(List<OperationOutcome> outcomes, int attempts) {
        return "DynamoDB cancelled the transaction of " + Describe.count(outcomes.size(), "operation")
                + (attempts > 1 ? " on each of " + attempts + " attempts" : "") + "; nothing was"
                + " written. " + outcomes.stream().filter(OperationOutcome::failed)
                        .map(OperationOutcome::describe).collect(Collectors.joining("; "));
    }

    /** Returns every operation's outcome, in the order the operations were added. */
    public List<OperationOutcome> outcomes() {
        return outcomes;
    }

    /** Returns the outcomes of the operations that caused the cancellation. */
    public List<OperationOutcome> failures() {
        return outcomes.stream().filter(OperationOutcome::failed).toList();
    }

    /** Returns true when every failure is one that sending the same transaction again may overcome. */
    public boolean retryable() {
        return failures().stream().allMatch(o -> o.reason().retryable());
    }
}
