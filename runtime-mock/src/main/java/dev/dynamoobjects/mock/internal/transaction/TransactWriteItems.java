package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.faults.FaultErrors;
import dev.dynamoobjects.mock.faults.FaultKind;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.EnumParameters;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.operation.ItemCollections;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.validation.RequestValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * TransactWriteItems: up to 100 puts, updates, deletes and condition checks on distinct items, all
 * or nothing. Each write runs as its single-item operation would (same checks, same messages); a
 * failed condition or an injected conflict becomes that item's cancellation reason, and the items
 * already written are put back as they were before the TransactionCanceledException is thrown. An
 * item whose values fail validation (a key or index key of the wrong type, an update past the size
 * limit) cancels the same way, with a ValidationError reason.
 * Engine-internal: the caller holds the engine's write lock, so no request sees a half-done
 * transaction.
 */
public final class TransactWriteItems {
    private static final String OPERATION = "TransactWriteItems";
    private static final CancellationReason NONE = CancellationReason.builder().code("None").build();

    private TransactWriteItems() {
    }

    public static TransactWriteItemsResponse execute(Catalog catalog, Faults faults, IdempotencyTokens tokens,
                                                     TransactWriteItemsRequest request) {
        EnumParameters.of()
                .returnConsumedCapacity(request.returnConsumedCapacityAsString())
                .returnItemCollectionMetrics(request.returnItemCollectionMetricsAsString())
                .check();
        List<WriteItem> items = check(catalog, request);
        return tokens.once(request, () -> run(catalog, faults, request, items));
    }

    private static TransactWriteItemsResponse run(Catalog catalog, Faults faults, TransactWriteItemsRequest request,
                                                  List<WriteItem> items) {
        CapacityTally capacity = new CapacityTally(request.returnConsumedCapacity());
        Rollback rollback = new Rollback();
        List<CancellationReason> reasons = new ArrayList<>();
        boolean cancelled = false;
        // Stream records wait for the outcome: a cancelled transaction changed nothing.
        catalog.streams().hold();
        try {
            for (WriteItem item : items) {
                CancellationReason reason = apply(catalog, faults, item, rollback, capacity);
                cancelled |= reason != NONE;
                reasons.add(reason);
            }
        } catch (RuntimeException e) {
            rollback.run();
            catalog.streams().dropHeld();
            throw e;
        }
        if (cancelled) {
            rollback.run();
            catalog.streams().dropHeld();
            throw TransactionErrors.cancelled(reasons);
        }
        catalog.streams().publishHeld();
        TransactWriteItemsResponse.Builder response = TransactWriteItemsResponse.builder()
                .consumedCapacity(capacity.all());
        Map<String, List<ItemCollectionMetrics>> collections = collections(request, items);
        if (!collections.isEmpty()) {
            response.itemCollectionMetrics(collections);
        }
        return response.build();
    }

    /** The item collections the writes touched (a condition check writes none), when asked for. */
    private static Map<String, List<ItemCollectionMetrics>> collections(TransactWriteItemsRequest request,
                                                                      List<WriteItem> items) {
        Map<String, List<ItemCollectionMetrics>> collections = new LinkedHashMap<>();
        for (WriteItem item : items) {
            if (!item.isCheck()) {
                ItemCollections.add(collections, item.table().name(), ItemCollections.of(
                        request.returnItemCollectionMetricsAsString(), item.table(), item.written()));
            }
        }
        return collections;
    }

    private static CancellationReason apply(Catalog catalog, Faults faults, WriteItem item, Rollback rollback,
                                            CapacityTally capacity) {
        if (item.invalid() != null) {
            return TransactionErrors.validationError(item.invalid());
        }
        if (faults.strikes(FaultKind.TRANSACTION_CONFLICT, OPERATION, item.table().name())) {
            return FaultErrors.conflictReason();
        }
        rollback.remember(item.table(), item.key());
        try {
            // Transactional writes cost twice their units.
            capacity.add(item.apply(catalog), 2);
            return NONE;
        } catch (ConditionalCheckFailedException e) {
            return checkFailed(item, e);
        } catch (DynamoDbException e) {
            if (!WriteItem.cancelsItem(e)) {
                throw e;
            }
            return TransactionErrors.validationError(e.awsErrorDetails().errorMessage());
        }
    }

    private static CancellationReason checkFailed(WriteItem item, ConditionalCheckFailedException e) {
        return CancellationReason.builder()
                .code("ConditionalCheckFailed")
                .message(item.isCheck() ? TransactionMessages.CHECK_FAILED : e.awsErrorDetails().errorMessage())
                .item(e.hasItem() ? e.item() : null)
                .build();
    }

    /** The request-wide checks, in DynamoDB Local's order; returns the items ready to run. */
    private static List<WriteItem> check(Catalog catalog, TransactWriteItemsRequest request) {
        String token = request.clientRequestToken();
        if (token != null && token.length() > Limits.MAX_CLIENT_REQUEST_TOKEN_LENGTH) {
            throw DynamoErrors.validation(TransactionMessages.tokenTooLong(token));
        }
        if (!request.hasTransactItems()) {
            throw DynamoErrors.validation(TransactionMessages.NO_ITEMS);
        }
        List<TransactWriteItem> requested = request.transactItems();
        if (requested.isEmpty()) {
            throw DynamoErrors.validation(TransactionMessages.EMPTY_ITEMS);
        }
        if (requested.size() > Limits.MAX_TRANSACTION_ITEMS) {
            throw DynamoErrors.validation(TransactionMessages.TOO_MANY_ITEMS);
        }
        List<WriteItem> items = new ArrayList<>();
        Constraints names = Constraints.of();
        for (int i = 0; i < requested.size(); i++) {
            WriteItem item = WriteItem.of(requested.get(i), i + 1);
            names.transactionTableName(i, item.action(), item.tableName());
            items.add(item);
        }
        names.check();
        // DynamoDB Local's order: each item's expressions and values in turn, then the tables and keys.
        for (WriteItem item : items) {
            item.parseExpressions();
            RequestValues.checkTransactWrite(item.request());
        }
        long payload = 0;
        Set<ItemIdentity> seen = new HashSet<>();
        for (WriteItem item : items) {
            item.resolve(catalog);
            if (item.invalid() != null) {
                continue;
            }
            payload += item.size();
            if (payload > Limits.MAX_TRANSACTION_PAYLOAD) {
                throw DynamoErrors.validation(TransactionMessages.payloadTooLarge(payload));
            }
            if (!seen.add(new ItemIdentity(item.table().name(), item.key()))) {
                throw DynamoErrors.validation(TransactionMessages.SAME_ITEM);
            }
        }
        return items;
    }
}
