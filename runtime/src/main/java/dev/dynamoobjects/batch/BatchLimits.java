package dev.dynamoobjects.batch;

/**
 * DynamoDB's limits on batch and transaction requests, the one place the runtime keeps them.
 *
 * <p>DynamoDB also caps a {@code BatchWriteItem} request and a {@code BatchGetItem} response at
 * 16 MB. Chunks are cut by count alone: 25 writes of at most 400 KB each stay below 16 MB, and
 * when the items of 100 keys would pass it, DynamoDB returns the rest as {@code UnprocessedKeys},
 * which are retried like any other unprocessed keys.
 */
public final class BatchLimits {
    /** Keys in one {@code BatchGetItem} request. */
    public static final int MAX_GET_KEYS = 100;
    /** Put and delete requests in one {@code BatchWriteItem} request. */
    public static final int MAX_WRITE_REQUESTS = 25;
    /** Operations in one {@code TransactWriteItems} or {@code TransactGetItems} request. */
    public static final int MAX_TRANSACTION_OPERATIONS = 100;
    /** The aggregate size of the items of one transaction, in bytes (4 MB). */
    public static final int MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

    private BatchLimits() {
    }
}
