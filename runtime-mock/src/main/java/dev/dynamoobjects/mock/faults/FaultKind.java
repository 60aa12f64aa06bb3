package dev.dynamoobjects.mock.faults;

/** The failures the embedded engine can inject, each shaped as DynamoDB shapes it. */
public enum FaultKind {
    /**
     * The whole request fails: {@code ProvisionedThroughputExceededException} for item operations,
     * {@code ThrottlingException} for table operations.
     */
    THROTTLE,
    /** A BatchGetItem key or BatchWriteItem request comes back in UnprocessedKeys / UnprocessedItems. */
    UNPROCESSED,
    /** A transaction item is cancelled with reason {@code TransactionConflict}, cancelling the transaction. */
    TRANSACTION_CONFLICT
}
