package dev.dynamoobjects.mock.batch;

/** How much one batch may carry. */
final class BatchLimits {
    /** Keys in one BatchGetItem, all tables together. */
    static final int MAX_GET_KEYS = 100;
    /** Put and delete requests in one BatchWriteItem, all tables together. */
    static final int MAX_WRITE_REQUESTS = 25;

    private BatchLimits() {
    }
}
