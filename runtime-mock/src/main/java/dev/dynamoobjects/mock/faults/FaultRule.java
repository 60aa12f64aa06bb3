package dev.dynamoobjects.mock.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One injected fault: which kind, for which operation and table, for what share of chances and at
 * most how many times.
 */
final class FaultRule {
    private final FaultKind kind;
    private final String operation;
    private final String table;
    private final double share;
    private final AtomicInteger remaining;

    FaultRule(FaultKind kind, String operation, String table, double share, int times) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("The share of faulty requests must be between 0 and 1, not " + share);
        }
        if (times < 1) {
            throw new IllegalArgumentException("A fault must be allowed to happen at least once, not " + times);
        }
        this.kind = kind;
        this.operation = operation;
        this.table = table;
        this.share = share;
        this.remaining = new AtomicInteger(times);
    }

    boolean matches(FaultKind kind, String operation, String table) {
        return this.kind == kind
                && matches(this.operation, operation)
                && matches(this.table, table)
                && remaining.get() > 0;
    }

    private static boolean matches(String wanted, String actual) {
        return Faults.ANY.equals(wanted) || wanted.equals(actual);
    }

    double share() {
        return share;
    }

    /** Uses up one of the allowed times; false when another thread took the last one first. */
    boolean consume() {
        return remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
    }
}
