package dev.dynamoobjects.mock.transaction;

import java.time.Duration;

/** How much one transaction may carry, and how long its token is remembered. */
final class TransactionLimits {
    /** Items in one TransactWriteItems or TransactGetItems. */
    static final int MAX_ITEMS = 100;
    /** Bytes of items one TransactWriteItems may write. */
    static final long MAX_PAYLOAD = 4L * 1024 * 1024;
    /** Characters in a ClientRequestToken. */
    static final int MAX_TOKEN_LENGTH = 36;
    /** How long a ClientRequestToken makes a TransactWriteItems idempotent. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private TransactionLimits() {
    }
}
