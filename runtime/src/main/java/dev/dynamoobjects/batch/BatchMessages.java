package dev.dynamoobjects.batch;

import dev.dynamoobjects.internal.errors.Describe;
import java.util.List;
import java.util.stream.Collectors;

/** The texts of the batch exceptions. */
final class BatchMessages {
    /** How many keys a message lists; the exception holds them all. */
    private static final int LISTED = 5;

    private BatchMessages() {
    }

    /**
     * Says what a batch did not do, why and what to do: {@code "BatchWriteItem did 97 of 100 writes in
     * 14 requests (10 retries, 9.8 s paused); 3 were not done, DynamoDB leaving every item of 10 requests
     * in a row unprocessed: product {sku="a"}, ..."}.
     */
    static String undone(String operation, String noun, RetryLoop.Outcome<?> outcome, int total, BatchRetry retry) {
        List<? extends Pending<?>> undone = outcome.undone();
        Throwable cause = outcome.cause();
        String reason = cause == null
                ? ", DynamoDB leaving every item of " + retry.maxAttempts() + " requests in a row unprocessed"
                : " (" + Describe.cause(cause) + ")";
        String listed = undone.stream().limit(LISTED)
                .map(pending -> pending.table().name() + " " + Describe.key(pending.key()))
                .collect(Collectors.joining(", "));
        String more = undone.size() > LISTED ? " and " + (undone.size() - LISTED) + " more" : "";
        return operation + " did " + (total - undone.size()) + " of " + total + " " + noun + " in "
                + outcome.stats() + "; "
                + undone.size() + " were not done" + reason + ": " + listed + more
                + ". The exception lists them all: send them again, raise the tables' capacity"
                + " or allow more attempts with BatchRetry";
    }

    static String interrupted() {
        return "Interrupted while waiting to retry a batch; the work not done yet is listed";
    }
}
