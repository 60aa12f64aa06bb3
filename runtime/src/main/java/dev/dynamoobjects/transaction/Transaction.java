package dev.dynamoobjects.transaction;

import dev.dynamoobjects.exception.DynamoObjectsException;
import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.ExpressionAttributes;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.internal.expression.Updates;
import dev.dynamoobjects.internal.table.Writes;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Writes to several items, of any tables and record types, that succeed or fail together: one
 * {@code TransactWriteItems} request. Each operation may carry a typed condition; records with a
 * {@code @Version} attribute are version-checked and incremented as by {@link Table#save}. Limits
 * (100 operations, one per item, 4 MB) are checked as operations are added.
 *
 * <pre>{@code
 * Transaction.begin(db)
 *         .save(accounts, from.withBalance(from.balance() - 10))
 *         .save(accounts, to.withBalance(to.balance() + 10))
 *         .update(products.keyOf("s1", "shoe-1"), ProductTable.STOCK.gt(0), ProductTable.STOCK.add(-1))
 *         .check(stores.keyOf("s1"), StoreTable.STATUS.eq("OPEN"))
 *         .commit();
 * }</pre>
 *
 * <h2>Scopes</h2>
 * {@link #run} and {@link #call} bind a transaction to the current thread. Code that opens a scope
 * while another is running on the same thread joins it: its operations go into the outer
 * transaction, which commits once, when the outermost scope ends. The same code called outside
 * any scope commits by itself. An exception leaving any scope means nothing is committed: the
 * outermost scope sends nothing, even when the outer code caught the exception.
 *
 * <pre>{@code
 * void transfer(Account from, Account to, long amount) {
 *     Transaction.run(db, tx -> tx.save(accounts, from.withBalance(from.balance() - amount))
 *                                 .save(accounts, to.withBalance(to.balance() + amount)));
 * }
 * Transaction.run(db, tx -> {
 *     transfer(a, b, 10);             // joins: nothing is sent yet
 *     tx.create(audits, audit);
 * });                                 // one TransactWriteItems with all three writes
 * }</pre>
 *
 * <p>A transaction is for one thread. After a failed {@link #commit()} it may be committed again;
 * with an {@link #idempotencyToken(String) idempotency token}, DynamoDB applies it at most once
 * even when an earlier attempt did succeed but its answer was lost.
 */
public final class Transaction {
    private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

    private final DynamoDatabase database;
    private final Operations<TransactWriteItem> operations;
    private String idempotencyToken;
    private boolean committed;
    private RuntimeException failedScope;

    private Transaction(DynamoDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.operations = new Operations<>(database, "A transaction");
    }

    /** Returns a new, empty transaction on a database, not bound to any thread; send it with {@link #commit()}. */
    public static Transaction begin(DynamoDatabase database) {
        return new Transaction(database);
    }

    /**
     * Runs {@code work} in a transaction: the current thread's when one is running (joining it),
     * else a new one committed when {@code work} returns. When DynamoDB cancels the commit for a
     * conflict or throttling, the outermost scope runs {@code work} again, with fresh reads, as the
     * database's {@link TransactionRetry} says; so {@code work} should read what it writes from.
     *
     * @throws TransactionCanceledException when DynamoDB cancelled the transaction for another reason,
     *     or on every attempt
     */
    public static void run(DynamoDatabase database, Consumer<Transaction> work) {
        call(database, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** As {@link #run}, returning what {@code work} returns once the transaction is committed. */
    public static <T> T call(DynamoDatabase database, Function<Transaction, T> work) {
        Transaction outer = CURRENT.get();
        if (outer != null) {
            return outer.join(database, work);
        }
        Attempts attempts = new Attempts(database.transactionRetry());
        while (true) {
            Transaction tx = begin(database);
            T result = tx.scoped(work);
            try {
                tx.commitOnce();
                return result;
            } catch (RuntimeException e) {
                attempts.afterFailure(e);
            }
        }
    }

    private <T> T scoped(Function<Transaction, T> work) {
        CURRENT.set(this);
        try {
            return work.apply(this);
        } finally {
            CURRENT.remove();
        }
    }

    /** Returns the transaction running on the current thread, if any. */
    public static Optional<Transaction> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Writes a record, replacing any item with its key (with a version check if it has one). */
    public <R> Transaction save(Table<R> table, R record) {
        return put("save", table, record, null, false);
    }

    /** Writes a record if {@code condition} holds for the stored item. */
    public <R> Transaction save(Table<R> table, R record, Condition<R> condition) {
        return put("save", table, record, Objects.requireNonNull(condition, "condition"), false);
    }

    /** Writes a record only if no item has its key. */
    public <R> Transaction create(Table<R> table, R record) {
        return put("create", table, record, null, true);
    }

    /** Applies update actions to an item (creating it when missing); a version, if any, is incremented. */
    @SafeVarargs
    public final <R> Transaction update(ItemKey<R> key, Update<R>... updates) {
        return update(key, null, List.of(updates));
    }

    /** Applies update actions to an item if {@code condition} holds. */
    @SafeVarargs
    public final <R> Transaction update(ItemKey<R> key, Condition<R> condition, Update<R>... updates) {
        return update(key, Objects.requireNonNull(condition, "condition"), List.of(updates));
    }

    /** Applies update actions to an item if {@code condition} (null for none) holds. */
    public <R> Transaction update(ItemKey<R> key, Condition<R> condition, List<Update<R>> updates) {
        if (updates.isEmpty()) {
            throw new ValidationException("A transaction's update of table " + key.table().tableName()
                    + " needs at least one action, such as StoreTable.NAME.set(\"x\")");
        }
        ExpressionAttributes attributes = new ExpressionAttributes();
        var update = software.amazon.awssdk.services.dynamodb.model.Update.builder()
                .tableName(key.table().tableName()).key(key.key())
                .updateExpression(Updates.render(Writes.updates(key.table(), updates), attributes))
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        return add("update", key, attributes, -1, TransactWriteItem.builder().update(update).build());
    }

    /** Deletes an item (nothing happens when it is missing). */
    public <R> Transaction delete(ItemKey<R> key) {
        return delete("delete", key, null, -1);
    }

    /** Deletes an item if {@code condition} holds. */
    public <R> Transaction delete(ItemKey<R> key, Condition<R> condition) {
        return delete("delete", key, Objects.requireNonNull(condition, "condition"), -1);
    }

    /** Deletes the item with a record's key; with a {@code @Version}, only if the stored version is the record's. */
    public <R> Transaction delete(Table<R> table, R record) {
        long version = table.schema().versioned() ? Writes.version(table, record) : -1;
        return delete("delete", table.keyOf(record), Writes.deleteCondition(table, record, null), version);
    }

    /** Makes the transaction depend on {@code condition} holding for an item, without writing it. */
    public <R> Transaction check(ItemKey<R> key, Condition<R> condition) {
        Objects.requireNonNull(condition, "condition");
        ExpressionAttributes attributes = new ExpressionAttributes();
        ConditionCheck check = ConditionCheck.builder()
                .tableName(key.table().tableName()).key(key.key())
                .conditionExpression(condition.render(attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        return add("check", key, attributes, -1, TransactWriteItem.builder().conditionCheck(check).build());
    }

    /**
     * Sets the client request token: DynamoDB applies transactions with the same token at most once
     * within 10 minutes, so a commit that timed out can be sent again safely. Use a new token (a
     * UUID) per transaction; the same token with other operations fails. Without one, the SDK
     * makes one per commit and reuses it for its own retries.
     */
    public Transaction idempotencyToken(String token) {
        this.idempotencyToken = Objects.requireNonNull(token, "token");
        return this;
    }

    /** Returns the number of operations added so far. */
    public int size() {
        return operations.list().size();
    }

    /**
     * Sends the operations in one {@code TransactWriteItems} request: all are applied or none. An
     * empty transaction sends nothing. When DynamoDB cancels it for a conflict or throttling, it is
     * sent again as the database's {@link TransactionRetry} says.
     *
     * @throws TransactionCanceledException when DynamoDB cancelled it for another reason, or on every
     *     attempt, telling why per operation
     * @throws ValidationException when the idempotency token was used for another transaction
     */
    public void commit() {
        Attempts attempts = new Attempts(database.transactionRetry());
        while (true) {
            try {
                commitOnce();
                return;
            } catch (RuntimeException e) {
                attempts.afterFailure(e);
            }
        }
    }

    private void commitOnce() {
        if (failedScope != null) {
            throw new DynamoObjectsException("Nothing was committed: a scope of this transaction failed with "
                    + failedScope, null, null, failedScope);
        }
        requireOpen();
        if (!operations.isEmpty()) {
            send();
        }
        committed = true;
    }

    private void send() {
        operations.ensureTables();
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .transactItems(operations.list().stream().map(Operation::request).toList())
                .clientRequestToken(idempotencyToken)
                .build();
        try {
            database.client().transactWriteItems(request);
        } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
            throw operations.canceled(e);
        } catch (IdempotentParameterMismatchException e) {
            throw new ValidationException("The idempotency token " + idempotencyToken + " was used within the"
                    + " last 10 minutes for a transaction with other operations; use a new token per transaction", e);
        } catch (SdkException e) {
            throw Errors.translate(e, operations.tableNames(), null);
        }
    }

    private <T> T join(DynamoDatabase other, Function<Transaction, T> work) {
        if (other.client() != database.client()) {
            throw new ValidationException("A transaction scope on another DynamoDbClient cannot join the"
                    + " transaction running on this thread; finish that one first");
        }
        try {
            return work.apply(this);
        } catch (RuntimeException e) {
            failedScope = e;
            throw e;
        }
    }

    private <R> Transaction put(String name, Table<R> table, R record, Condition<R> condition, boolean mustBeNew) {
        Writes.Put<R> write = Writes.put(table, record, condition, mustBeNew);
        ExpressionAttributes attributes = new ExpressionAttributes();
        Put put = Put.builder()
                .tableName(table.tableName()).item(write.item())
                .conditionExpression(Writes.render(write.condition(), attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(write.condition()))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        requireOpen();
        operations.add(new Operation<>(name, table, table.mapper().keyOf(write.record()), ItemSize.of(write.item()),
                write.version(), TransactWriteItem.builder().put(put).build()));
        return this;
    }

    private <R> Transaction delete(String name, ItemKey<R> key, Condition<R> condition, long version) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        Delete delete = Delete.builder()
                .tableName(key.table().tableName()).key(key.key())
                .conditionExpression(Writes.render(condition, attributes))
                .returnValuesOnConditionCheckFailure(Writes.onFailure(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        return add(name, key, attributes, version, TransactWriteItem.builder().delete(delete).build());
    }

    private Transaction add(String name, ItemKey<?> key, ExpressionAttributes attributes, long version,
            TransactWriteItem item) {
        requireOpen();
        long bytes = ItemSize.of(key.key());
        if (attributes.values() != null) {
            bytes += ItemSize.of(attributes.values());
        }
        operations.add(new Operation<>(name, key.table(), key.key(), bytes, version, item));
        return this;
    }

    private void requireOpen() {
        if (committed) {
            throw new ValidationException("This transaction was committed already; begin a new one");
        }
    }
}
