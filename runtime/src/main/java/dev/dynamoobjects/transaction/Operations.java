package dev.dynamoobjects.transaction;

import dev.dynamoobjects.batch.BatchLimits;
import dev.dynamoobjects.exception.CancellationReason;
import dev.dynamoobjects.exception.OperationOutcome;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.internal.errors.Describe;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations of one transaction, checked against DynamoDB's limits as they are added, so that
 * the line that breaks a limit is the one that fails, before anything is sent.
 */
final class Operations<T> {
    private final DynamoDatabase database;
    private final String requestName;
    private final List<Operation<T>> list = new ArrayList<>();
    private final Set<Operation.ItemId> items = new HashSet<>();
    private long bytes;

    Operations(DynamoDatabase database, String requestName) {
        this.database = database;
        this.requestName = requestName;
    }

    void add(Operation<T> operation) {
        if (operation.table().database().client() != database.client()) {
            throw new ValidationException(requestName + " cannot include table " + operation.table().tableName()
                    + ": it belongs to a database with another DynamoDbClient than the transaction's");
        }
        if (list.size() == BatchLimits.MAX_TRANSACTION_OPERATIONS) {
            throw new ValidationException(requestName + " allows at most " + BatchLimits.MAX_TRANSACTION_OPERATIONS
                    + " operations; the " + operation.name() + " of " + describe(operation)
                    + " is one too many. Split the work into several transactions");
        }
        if (!items.add(operation.id())) {
            throw new ValidationException(requestName + " allows one operation per item, and "
                    + describe(operation) + " already has one; fold the " + operation.name()
                    + " into it (a condition and updates can go together)");
        }
        if (bytes + operation.bytes() > BatchLimits.MAX_TRANSACTION_BYTES) {
            items.remove(operation.id());
            throw new ValidationException(requestName + " allows at most " + BatchLimits.MAX_TRANSACTION_BYTES
                    + " bytes of items; with the " + operation.name() + " of " + describe(operation)
                    + " it would hold " + (bytes + operation.bytes()) + ". Split the work into several transactions");
        }
        bytes += operation.bytes();
        list.add(operation);
    }

    List<Operation<T>> list() {
        return list;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Makes sure every table involved exists (creating it when the database allows). */
    void ensureTables() {
        Set<Table<?>> tables = new LinkedHashSet<>();
        list.forEach(o -> tables.add(o.table()));
        tables.forEach(Table::ensureExists);
    }

    /** Returns the names of the tables involved, for messages. */
    String tableNames() {
        Set<String> names = new LinkedHashSet<>();
        list.forEach(o -> names.add(o.table().tableName()));
        return String.join(", ", names);
    }

    /** Returns the runtime's exception for DynamoDB's cancellation of these operations. */
    TransactionCanceledException canceled(
            software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
        List<OperationOutcome> outcomes = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            var reason = e.hasCancellationReasons() && i < e.cancellationReasons().size()
                    ? e.cancellationReasons().get(i) : null;
            outcomes.add(outcome(i, list.get(i), reason));
        }
        return new TransactionCanceledException(outcomes, e);
    }

    private static OperationOutcome outcome(int index, Operation<?> operation,
            software.amazon.awssdk.services.dynamodb.model.CancellationReason sdkReason) {
        CancellationReason reason = CancellationReason.ofCode(sdkReason == null ? null : sdkReason.code());
        Map<String, AttributeValue> current = sdkReason == null || !sdkReason.hasItem() ? null : sdkReason.item();
        if (reason == CancellationReason.CONDITION_FAILED && operation.version() >= 0
                && Writes.isConflict(operation.table(), operation.version(), current)) {
            reason = CancellationReason.VERSION_CONFLICT;
        }
        return new OperationOutcome(index, operation.name(), operation.table().tableName(), operation.key(),
                reason, sdkReason == null ? null : sdkReason.message(), current);
    }

    private static String describe(Operation<?> operation) {
        return "the item " + Describe.key(operation.key()) + " of table " + operation.table().tableName();
    }
}
