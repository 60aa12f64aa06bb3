package dev.dynamoobjects.transaction;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.ThrottledException;
import dev.dynamoobjects.exception.TransactionCanceledException;

/** Counts the attempts of one transaction and decides, after each failure, whether to try again. */
final class Attempts {
    private final TransactionRetry retry;
    private int failed;

    Attempts(TransactionRetry retry) {
        this.retry = retry;
    }

    /**
     * Returns normally, after the pause, when the failure may be retried and attempts are left;
     * otherwise throws it, saying how many attempts were made.
     */
    void afterFailure(RuntimeException failure) {
        failed++;
        if (!retryable(failure) || failed >= retry.maxAttempts()) {
            throw failed > 1 && failure instanceof TransactionCanceledException canceled
                    ? canceled.afterAttempts(failed) : failure;
        }
        try {
            retry.sleeper().sleep(retry.pause(failed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DynamoObjectsException("Interrupted while waiting to retry a transaction; nothing was"
                    + " written", null, null, failure);
        }
    }

    private static boolean retryable(RuntimeException failure) {
        return failure instanceof TransactionCanceledException canceled ? canceled.retryable()
                : failure instanceof ThrottledException;
    }
}
