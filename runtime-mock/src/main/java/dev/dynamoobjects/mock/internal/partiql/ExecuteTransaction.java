package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.partiql.Ast.Exists;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.partiql.Ast.Statement;
import dev.dynamoobjects.mock.internal.partiql.Ast.Update;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.transaction.IdempotencyTokens;
import dev.dynamoobjects.mock.internal.transaction.TransactGetItems;
import dev.dynamoobjects.mock.internal.transaction.TransactWriteItems;
import dev.dynamoobjects.mock.internal.transaction.TransactionErrors;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * ExecuteTransaction: up to 100 statements, all single-item reads (run as TransactGetItems) or all
 * writes and EXISTS checks (run as TransactWriteItems), so the limits, conflicts, idempotency
 * tokens and cancellation reasons are the engine's transactions' own. Engine-internal: the caller
 * holds the engine's write lock.
 */
public final class ExecuteTransaction {
    private ExecuteTransaction() {
    }

    public static ExecuteTransactionResponse execute(Catalog catalog, Faults faults, IdempotencyTokens tokens,
                                                     ExecuteTransactionRequest request) {
        try {
            return run(catalog, faults, tokens, request);
        } catch (ResourceNotFoundException e) {
            // A transaction names no table in its error, as TransactWriteItems does not.
            throw DynamoErrors.resourceNotFound(Messages.RESOURCE_NOT_FOUND);
        }
    }

    private static ExecuteTransactionResponse run(Catalog catalog, Faults faults, IdempotencyTokens tokens,
                                                  ExecuteTransactionRequest request) {
        List<ParameterizedStatement> requested = request.hasTransactStatements() ? request.transactStatements() : List.of();
        if (requested.isEmpty()) {
            throw DynamoErrors.validation(PartiqlMessages.EMPTY_TRANSACTION);
        }
        requested.forEach(statement -> ExecuteStatement.checkParameters(statement.parameters()));
        List<Statement> statements = new ArrayList<>();
        for (ParameterizedStatement statement : requested) {
            statements.add(ExecuteStatement.parse(statement.statement(), statement.parameters()));
        }
        boolean reads = statements.stream().anyMatch(Select.class::isInstance);
        if (reads && statements.stream().anyMatch(s -> !(s instanceof Select))) {
            throw DynamoErrors.validation(PartiqlMessages.MIXED_TRANSACTION);
        }
        return reads && !statements.isEmpty() ? read(catalog, faults, request, statements)
                : write(catalog, faults, tokens, request, statements);
    }

    private static ExecuteTransactionResponse read(Catalog catalog, Faults faults, ExecuteTransactionRequest request,
                                                   List<Statement> statements) {
        List<KeyedRead> reads = new ArrayList<>();
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Select select = (Select) statements.get(i);
            KeyedRead read = keyedRead(catalog, select, i, reasons);
            reads.add(read);
        }
        if (reads.contains(null)) {
            throw TransactionErrors.cancelled(reasons);
        }
        TransactGetItemsResponse got = TransactGetItems.execute(catalog, faults, TransactGetItemsRequest.builder()
                .transactItems(reads.stream().map(read -> TransactGetItem.builder().get(read.get()).build()).toList())
                .returnConsumedCapacity(request.returnConsumedCapacity())
                .build());
        List<ItemResponse> responses = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            ItemResponse response = got.responses().get(i);
            responses.add(response.hasItem()
                    ? ItemResponse.builder().item(reads.get(i).project(response.item())).build() : response);
        }
        return ExecuteTransactionResponse.builder().responses(responses)
                .consumedCapacity(got.hasConsumedCapacity() ? got.consumedCapacity() : null).build();
    }

    /**
     * A read's key, or null when a key value has another scalar type: DynamoDB Local cancels the
     * transaction then, with that read's ValidationError reason. Adds the read's reason.
     */
    private static KeyedRead keyedRead(Catalog catalog, Select select, int index, List<CancellationReason> reasons) {
        try {
            KeyedRead read = inStatement(index, () -> {
                if (select.index() != null) {
                    throw DynamoErrors.validation(PartiqlMessages.TRANSACTION_INDEX_READ);
                }
                return KeyedRead.of(catalog, select, PartiqlMessages.TRANSACTION_NOT_SINGLE_ITEM);
            });
            reasons.add(CancellationReason.builder().code("None").build());
            return read;
        } catch (DynamoDbException e) {
            String keyType = PartiqlMessages.inTransactionStatement(index, PartiqlMessages.keyType(""));
            String message = e.awsErrorDetails().errorMessage();
            if (!message.startsWith(keyType)) {
                throw e;
            }
            String reason = message.substring(message.indexOf(PartiqlMessages.keyType("")));
            reasons.add(CancellationReason.builder().code("ValidationError").message(reason).build());
            return null;
        }
    }

    private static ExecuteTransactionResponse write(Catalog catalog, Faults faults, IdempotencyTokens tokens,
                                                    ExecuteTransactionRequest request, List<Statement> statements) {
        List<WriteRequest> writes = new ArrayList<>();
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            String failureValues = request.transactStatements().get(i).returnValuesOnConditionCheckFailureAsString();
            WriteRequest write = inStatement(i, () -> writeRequest(catalog, statement));
            writes.add(write);
            items.add(item(write, failureValues));
        }
        TransactWriteItemsRequest transaction = TransactWriteItemsRequest.builder()
                .transactItems(items)
                .clientRequestToken(request.clientRequestToken())
                .returnConsumedCapacity(request.returnConsumedCapacity())
                .build();
        TransactWriteItemsResponse written;
        try {
            written = TransactWriteItems.execute(catalog, faults, tokens, transaction);
        } catch (TransactionCanceledException e) {
            throw duplicatesNamed(e, writes);
        }
        return ExecuteTransactionResponse.builder().responses(List.of())
                .consumedCapacity(written.hasConsumedCapacity() ? written.consumedCapacity() : null).build();
    }

    private static WriteRequest writeRequest(Catalog catalog, Statement statement) {
        if (statement instanceof Update update && update.returning() != null) {
            throw DynamoErrors.validation(PartiqlMessages.TRANSACTION_RETURNING);
        }
        if (statement instanceof Exists exists) {
            if (new Conjuncts(exists.select().where()).terms().size() <= catalog.table(exists.table()).keys().size()) {
                throw DynamoErrors.validation(PartiqlMessages.EXISTS_WITHOUT_CONDITION);
            }
            return WriteRequest.check(catalog, exists.select());
        }
        return ExecuteStatement.write(catalog, statement, null);
    }

    /** Runs one statement's translation, naming the statement in a validation error as DynamoDB does. */
    private static <T> T inStatement(int index, Supplier<T> translation) {
        try {
            return translation.get();
        } catch (DynamoDbException e) {
            if (!DynamoErrors.isValidation(e)) {
                throw e;
            }
            String message = ExecuteStatement.withoutExpressionPrefix(e).awsErrorDetails().errorMessage();
            throw DynamoErrors.validation(PartiqlMessages.inTransactionStatement(index, message));
        }
    }

    private static TransactWriteItem item(WriteRequest write, String failureValues) {
        TransactWriteItem.Builder item = TransactWriteItem.builder();
        switch (write.kind()) {
            case INSERT -> item.put(Put.builder().tableName(write.table()).item(write.item())
                    .conditionExpression(write.condition()).expressionAttributeNames(write.names()).build());
            case UPDATE -> item.update(software.amazon.awssdk.services.dynamodb.model.Update.builder()
                    .tableName(write.table()).key(write.key()).updateExpression(write.update())
                    .conditionExpression(write.condition()).expressionAttributeNames(write.names())
                    .expressionAttributeValues(write.values())
                    .returnValuesOnConditionCheckFailure(failureValues).build());
            case DELETE -> item.delete(Delete.builder().tableName(write.table()).key(write.key())
                    .conditionExpression(write.condition()).expressionAttributeNames(write.names())
                    .expressionAttributeValues(write.values())
                    .returnValuesOnConditionCheckFailure(failureValues).build());
            default -> item.conditionCheck(ConditionCheck.builder().tableName(write.table()).key(write.key())
                    .conditionExpression(write.condition()).expressionAttributeNames(write.names())
                    .expressionAttributeValues(write.values())
                    .returnValuesOnConditionCheckFailure(failureValues).build());
        }
        return item.build();
    }

    /**
     * An INSERT whose key exists fails its put's condition; DynamoDB Local reports it as a
     * ValidationError reason with the DuplicateItem text, not as a failed condition.
     */
    private static TransactionCanceledException duplicatesNamed(TransactionCanceledException e, List<WriteRequest> writes) {
        if (!e.hasCancellationReasons() || e.cancellationReasons().size() != writes.size()) {
            return e;
        }
        List<CancellationReason> reasons = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < writes.size(); i++) {
            CancellationReason reason = e.cancellationReasons().get(i);
            if (writes.get(i).kind() == WriteRequest.Kind.INSERT && "ConditionalCheckFailed".equals(reason.code())) {
                reason = CancellationReason.builder().code("ValidationError").message(PartiqlMessages.DUPLICATE_ITEM).build();
                changed = true;
            }
            reasons.add(reason);
        }
        return changed ? TransactionErrors.cancelled(reasons) : e;
    }
}
