package dev.dynamoobjects.exception;

/**
 * Why DynamoDB cancelled one operation of a transaction, from the code it reported for it.
 * Every operation of a cancelled transaction gets one; those that were fine get {@link #NONE}.
 */
public enum CancellationReason {
    /** The operation was fine; another one cancelled the transaction. */
    NONE("None"),
    /** The operation's condition was false for the stored item. */
    CONDITION_FAILED("ConditionalCheckFailed"),
    /** The operation's version check failed: someone else wrote the record since it was read. */
    VERSION_CONFLICT(null),
    /** Another transaction or write was working on the same item; retry. */
    CONFLICT("TransactionConflict"),
    /** The table's or account's throughput was exceeded; retry later or raise capacity. */
    THROTTLED("ProvisionedThroughputExceeded", "ThrottlingError", "RequestLimitExceeded"),
    /** The operation was invalid (such as an update of a key attribute or an item too large). */
    VALIDATION("ValidationError"),
    /** The item collection of a local secondary index would pass 10 GB. */
    ITEM_COLLECTION_TOO_LARGE("ItemCollectionSizeLimitExceeded"),
    /** A code this version of the runtime does not know; see the message. */
    OTHER();

    private final String[] codes;

    CancellationReason(String... codes) {
        this.codes = codes == null ? new String[0] : codes;
    }

    /** Returns the reason for one of DynamoDB's cancellation codes; null and "None" mean {@link #NONE}. */
    public static CancellationReason ofCode(String code) {
        if (code == null) {
            return NONE;
        }
        for (CancellationReason reason : values()) {
            for (String known : reason.codes) {
                if (known.equals(code)) {
                    return reason;
                }
            }
        }
        return OTHER;
    }

    /** Returns true when the same transaction may succeed if sent again unchanged. */
    public boolean retryable() {
        return this == CONFLICT || this == THROTTLED;
    }
}
