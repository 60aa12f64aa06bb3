package dev.dynamoobjects.transaction;

import dev.dynamoobjects.exception.TransactionCanceledException;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.ItemKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;

/**
 * Reads several items, of any tables and record types, as of one moment: one
 * {@code TransactGetItems} request (at most 100 keys, each once). No write of a transaction is
 * seen half done.
 *
 * <pre>{@code
 * ReadTransaction read = ReadTransaction.begin(db);
 * Loaded<Account> from = read.get(accounts.keyOf("a1"));
 * Loaded<Product> shoe = read.get(products.keyOf("s1", "shoe-1"));
 * read.execute();
 * long balance = from.get().balance();
 * Optional<Product> maybe = shoe.find();
 * }</pre>
 */
public final class ReadTransaction {
    private final DynamoDatabase database;
    private final Operations<TransactGetItem> operations;
    private final List<Loaded<?>> results = new ArrayList<>();

    private ReadTransaction(DynamoDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.operations = new Operations<>(database, "A read transaction");
    }

    /** Returns a new, empty read transaction on a database. */
    public static ReadTransaction begin(DynamoDatabase database) {
        return new ReadTransaction(database);
    }

    /** Adds a key to read and returns where its record will be once {@link #execute()} ran. */
    public <R> Loaded<R> get(ItemKey<R> key) {
        Get get = Get.builder().tableName(key.table().tableName()).key(key.key()).build();
        operations.add(new Operation<>("get", key.table(), key.key(), ItemSize.of(key.key()), -1,
                TransactGetItem.builder().get(get).build()));
        Loaded<R> loaded = new Loaded<>(key);
        results.add(loaded);
        return loaded;
    }

    /**
     * Reads every key added, in one request.
     *
     * @throws TransactionCanceledException when DynamoDB cancelled the read (a write transaction
     *                                      was working on one of the items; retry)
     */
    public void execute() {
        if (operations.isEmpty()) {
            return;
        }
        operations.ensureTables();
        TransactGetItemsRequest request = TransactGetItemsRequest.builder()
                .transactItems(operations.list().stream().map(Operation::request).toList())
                .build();
        List<ItemResponse> responses;
        try {
            responses = database.client().transactGetItems(request).responses();
        } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
            throw operations.canceled(e);
        } catch (SdkException e) {
            throw Errors.translate(e, operations.tableNames(), null);
        }
        for (int i = 0; i < results.size(); i++) {
            fill(results.get(i), responses.get(i));
        }
    }

    private static <R> void fill(Loaded<R> loaded, ItemResponse response) {
        loaded.set(response.hasItem() ? loaded.key().table().toRecord(response.item()) : null);
    }
}
