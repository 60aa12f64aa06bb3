package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.faults.FaultErrors;
import dev.dynamoobjects.mock.faults.FaultKind;
import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.EnumParameters;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.operation.GetItem;
import dev.dynamoobjects.mock.internal.operation.Keys;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.RequestValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * TransactGetItems: up to 100 reads of distinct items, each read as GetItem reads it (strongly
 * consistent, projection, key checks), all from one state of the tables. Capacity is twice a
 * consistent read per item, found or not. An injected conflict cancels the whole request.
 * Engine-internal: the caller holds the engine's lock.
 */
public final class TransactGetItems {
    private static final String OPERATION = "TransactGetItems";
    private static final CancellationReason NONE = CancellationReason.builder().code("None").build();

    private TransactGetItems() {
    }

    public static TransactGetItemsResponse execute(Catalog catalog, Faults faults, TransactGetItemsRequest request) {
        EnumParameters.of().returnConsumedCapacity(request.returnConsumedCapacityAsString()).check();
        List<Get> gets = check(catalog, request);
        conflicts(faults, gets);
        CapacityTally capacity = CapacityTally.withReadUnits(request.returnConsumedCapacity());
        List<ItemResponse> responses = new ArrayList<>();
        for (Get get : gets) {
            GetItemResponse read = GetItem.execute(catalog, getRequest(get));
            responses.add(read.hasItem() ? ItemResponse.builder().item(read.item()).build() : ItemResponse.builder().build());
            capacity.add(read.consumedCapacity(), 2);
        }
        return TransactGetItemsResponse.builder().responses(responses).consumedCapacity(capacity.all()).build();
    }

    /** The request-wide checks, in DynamoDB Local's order; returns the reads. */
    private static List<Get> check(Catalog catalog, TransactGetItemsRequest request) {
        if (!request.hasTransactItems() || request.transactItems().isEmpty()
                || request.transactItems().stream().anyMatch(item -> item.get() == null)) {
            throw DynamoErrors.validation(TransactionMessages.NO_ITEMS);
        }
        if (request.transactItems().size() > Limits.MAX_TRANSACTION_ITEMS) {
            throw DynamoErrors.validation(TransactionMessages.TOO_MANY_ITEMS);
        }
        List<Get> gets = request.transactItems().stream().map(TransactGetItem::get).toList();
        Constraints names = Constraints.of();
        for (int i = 0; i < gets.size(); i++) {
            names.transactionTableName(i, "get", gets.get(i) == null ? null : gets.get(i).tableName());
        }
        names.check();
        // A value that is no value (empty, several types, a bad number or set) fails the request, as
        // request validation does, before any key is matched with its table.
        gets.forEach(get -> RequestValues.checkTransactGet(get.key()));
        Set<ItemIdentity> seen = new HashSet<>();
        List<CancellationReason> reasons = new ArrayList<>();
        for (Get get : gets) {
            Table table = catalog.table(get.tableName());
            PrimaryKey key = key(table, get, reasons);
            if (key != null && !seen.add(new ItemIdentity(table.name(), key))) {
                throw DynamoErrors.validation(TransactionMessages.SAME_ITEM);
            }
        }
        if (reasons.stream().anyMatch(reason -> reason != NONE)) {
            throw TransactionErrors.cancelled(reasons);
        }
        return gets;
    }

    /**
     * Returns a read's key, or null when it is malformed: DynamoDB cancels the transaction then, with
     * a ValidationError reason for that read (DynamoDB Local cancels with the key's message and no
     * reasons). Adds the read's reason.
     */
    private static PrimaryKey key(Table table, Get get, List<CancellationReason> reasons) {
        boolean given = !(get.key() instanceof SdkAutoConstructMap);
        try {
            PrimaryKey key = Keys.of(table, get.key(), given);
            reasons.add(NONE);
            return key;
        } catch (DynamoDbException e) {
            if (!given || !DynamoErrors.isValidation(e)) {
                throw e;
            }
            reasons.add(TransactionErrors.validationError(e.awsErrorDetails().errorMessage()));
            return null;
        }
    }

    private static void conflicts(Faults faults, List<Get> gets) {
        List<CancellationReason> reasons = new ArrayList<>();
        boolean conflict = false;
        for (Get get : gets) {
            boolean struck = faults.strikes(FaultKind.TRANSACTION_CONFLICT, OPERATION, get.tableName());
            reasons.add(struck ? FaultErrors.conflictReason() : NONE);
            conflict |= struck;
        }
        if (conflict) {
            throw TransactionErrors.cancelled(reasons);
        }
    }

    private static GetItemRequest getRequest(Get get) {
        GetItemRequest.Builder request = GetItemRequest.builder()
                .tableName(get.tableName())
                .key(get.key())
                .consistentRead(true)
                .projectionExpression(get.projectionExpression())
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
        if (get.hasExpressionAttributeNames()) {
            request.expressionAttributeNames(get.expressionAttributeNames());
        }
        return request.build();
    }
}
