package dev.dynamoobjects.mock.faults;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Failures the embedded engine injects on purpose, to test retry code: throttled requests,
 * unprocessed batch items and transaction conflicts, each for one operation (or {@link #ANY}) and
 * one table (or {@link #ANY}), for a share of the chances drawn from a seeded random sequence, so
 * a test sees the same failures on every run. Every fault is shaped exactly as DynamoDB shapes it.
 *
 * <pre>{@code
 * EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();
 * dynamo.faults().seed(7)
 *         .throttleNext(2, "PutItem", "orders")                       // the next two PutItem calls fail
 *         .leaveUnprocessed("BatchWriteItem", Faults.ANY, 0.5)        // half of the batch items come back
 *         .conflict("TransactWriteItems", "orders", 0.1);             // one transaction item in ten conflicts
 * ...
 * dynamo.faults().clear();
 * }</pre>
 *
 * <p>Operations are named as in DynamoDB's API ({@code PutItem}, {@code BatchGetItem}, ...). A throttle
 * is decided once per request; an unprocessed item or a conflict once per item. Only requests a rule
 * matches draw from the random sequence. Thread-safe.
 */
public final class Faults {
    /** Matches any operation or any table. */
    public static final String ANY = "*";

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Random random = new Random(0);

    /** Restarts the random sequence that decides which chances fail; the default seed is 0. */
    public Faults seed(long seed) {
        synchronized (random) {
            random.setSeed(seed);
        }
        return this;
    }

    /** Throttles the given share (0 to 1) of the operation's requests on the table. */
    public Faults throttle(String operation, String table, double share) {
        return add(FaultKind.THROTTLE, operation, table, share, Integer.MAX_VALUE);
    }

    /** Throttles exactly the next {@code times} requests of the operation on the table. */
    public Faults throttleNext(int times, String operation, String table) {
        return add(FaultKind.THROTTLE, operation, table, 1, times);
    }

    /**
     * Leaves the given share of the items of a {@code BatchGetItem} or {@code BatchWriteItem} on the
     * table unprocessed; they come back in UnprocessedKeys or UnprocessedItems, untouched. Even all of
     * them: where DynamoDB would throttle such a batch, add a {@link #throttle} rule.
     */
    public Faults leaveUnprocessed(String operation, String table, double share) {
        return add(FaultKind.UNPROCESSED, operation, table, share, Integer.MAX_VALUE);
    }

    /**
     * Makes the given share of the items of a {@code TransactWriteItems} or {@code TransactGetItems}
     * on the table conflict, which cancels the whole transaction with reason {@code TransactionConflict}.
     */
    public Faults conflict(String operation, String table, double share) {
        return add(FaultKind.TRANSACTION_CONFLICT, operation, table, share, Integer.MAX_VALUE);
    }

    /**
     * Adds a rule: the fault strikes the given share of the chances for the operation on the table,
     * at most {@code times} times.
     */
    public Faults add(FaultKind kind, String operation, String table, double share, int times) {
        rules.add(new FaultRule(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(operation, "operation"),
                Objects.requireNonNull(table, "table"), share, times));
        return this;
    }

    /** Removes every rule; the random sequence carries on. */
    public void clear() {
        rules.clear();
    }

    /**
     * Decides one chance: true when a rule for this kind, operation and table strikes. For the
     * engine; a request without a table passes null and only matches rules for {@link #ANY} table.
     */
    public boolean strikes(FaultKind kind, String operation, String table) {
        for (FaultRule rule : rules) {
            if (rule.matches(kind, operation, table) && draw(rule.share()) && rule.consume()) {
                return true;
            }
        }
        return false;
    }

    /** Throws the throttling error DynamoDB would when a throttle rule strikes this request. */
    public void throttleIfStruck(String operation, String table) {
        if (!rules.isEmpty() && strikes(FaultKind.THROTTLE, operation, table)) {
            throw FaultErrors.throttling(operation, table);
        }
    }

    private boolean draw(double share) {
        if (share >= 1) {
            return true;
        }
        synchronized (random) {
            return random.nextDouble() < share;
        }
    }
}
