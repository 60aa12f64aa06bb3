package dev.dynamoobjects.example;

import dev.dynamoobjects.attribute.NumberAttribute;
import dev.dynamoobjects.attribute.StringAttribute;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table of {@link Account} records (DynamoDB table {@code account}). {@code version} is the
 * record's {@code @Version}: saves and deletes of a record check it, and saves increment it.
 *
 * <pre>{@code
 * AccountTable accounts = new AccountTable(db);
 * Account a1 = accounts.save(ImmutableAccount.builder().accountId("a1").balance(10).build());  // version 1
 * accounts.modify("a1", a -> a.withBalance(a.balance() + 5));    // retried on version conflicts
 * }</pre>
 */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class AccountTable extends Table<Account> {
    /** The table's keys and billing, as declared on {@link Account}, and its version attribute. */
    public static final TableSchema SCHEMA = new TableSchema(
            "account",
            new KeyAttribute("accountId", ScalarType.S),
            null,
            List.of(),
            0, 0,
            "version");

    /** The record's mapper. */
    public static final RecordMapper<Account> MAPPER = AccountMapper.INSTANCE;

    /** {@code accountId}: the partition key. */
    public static final StringAttribute<Account> ACCOUNT_ID = new StringAttribute<>("accountId");

    /** {@code owner}. */
    public static final StringAttribute<Account> OWNER = new StringAttribute<>("owner");

    /** {@code balance}. */
    public static final NumberAttribute<Account, Long> BALANCE = new NumberAttribute<>("balance");

    /** {@code version}: the record's version. */
    public static final NumberAttribute<Account, Long> VERSION = new NumberAttribute<>("version");

    /** Creates the table on a database; the table itself is created on first use if missing. */
    public AccountTable(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
    }

    /**
     * Returns the account with this key.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when there is none
     */
    public Account get(String accountId) {
        return get(key(accountId));
    }

    /** Returns the account with this key, or empty. */
    public Optional<Account> find(String accountId) {
        return find(key(accountId));
    }

    /** Deletes the account with this key, whatever its version, and returns it, or empty. */
    public Optional<Account> delete(String accountId) {
        return delete(key(accountId));
    }

    /**
     * Deletes the account with this key if {@code condition} holds, and returns it.
     *
     * @throws dev.dynamoobjects.exception.ConditionFailedException when the condition is false
     */
    public Optional<Account> delete(String accountId, Condition<Account> condition) {
        return delete(key(accountId), condition);
    }

    /** Applies the updates (creating the item when missing), increments the version and returns the account. */
    @SafeVarargs
    public final Account update(String accountId, Update<Account>... updates) {
        return update(key(accountId), List.of(updates));
    }

    /**
     * Reads the account, applies {@code change} and saves the result, again while other writers win.
     *
     * @throws dev.dynamoobjects.exception.VersionConflictException when it kept losing
     */
    public Account modify(String accountId, UnaryOperator<Account> change) {
        return modify(key(accountId), change);
    }

    /** Returns the typed key of the account with this key, for transactions. */
    public ItemKey<Account> keyOf(String accountId) {
        return itemKey(key(accountId));
    }

    private Map<String, AttributeValue> key(String accountId) {
        return key(ACCOUNT_ID.encode(accountId));
    }
}
