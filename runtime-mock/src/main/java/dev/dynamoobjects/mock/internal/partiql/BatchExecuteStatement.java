package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.batch.BatchMessages;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.operation.GetItem;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.partiql.Ast.Statement;
import dev.dynamoobjects.mock.internal.table.Catalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementError;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * BatchExecuteStatement: 1 to 25 statements, all single-item reads or all writes, each run as
 * ExecuteStatement would run it (a read as GetItem). A statement that fails does not fail the
 * batch: its error goes in its own response. Mixing reads and writes, or naming one item twice,
 * fails the whole batch. Engine-internal: the caller holds the engine's write lock.
 */
public final class BatchExecuteStatement {
    private BatchExecuteStatement() {
    }

    /** One statement of the batch: parsed, or the error that stopped it. */
    private record Parsed(BatchStatementRequest request, Statement statement, DynamoDbException error) {
    }

    public static BatchExecuteStatementResponse execute(Catalog catalog, BatchExecuteStatementRequest request) {
        List<BatchStatementRequest> requests = request.hasStatements() ? request.statements() : List.of();
        if (requests.isEmpty()) {
            throw DynamoErrors.validation(PartiqlMessages.EMPTY_BATCH);
        }
        if (requests.size() > Limits.MAX_BATCH_STATEMENTS) {
            throw DynamoErrors.validation(PartiqlMessages.BATCH_TOO_LONG);
        }
        requests.forEach(statement -> ExecuteStatement.checkParameters(statement.parameters()));
        List<Parsed> parsed = requests.stream().map(BatchExecuteStatement::parse).toList();
        boolean reads = parsed.stream().anyMatch(p -> p.statement() instanceof Select);
        boolean writes = parsed.stream().anyMatch(p -> p.statement() != null && !(p.statement() instanceof Select));
        if (reads && writes) {
            throw DynamoErrors.validation(PartiqlMessages.MIXED_BATCH);
        }
        List<Object> planned = plan(catalog, parsed);
        List<BatchStatementResponse> responses = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            responses.add(run(catalog, parsed.get(i), planned.get(i)));
        }
        return BatchExecuteStatementResponse.builder().responses(responses).build();
    }

    private static Parsed parse(BatchStatementRequest request) {
        try {
            return new Parsed(request, ExecuteStatement.parse(request.statement(), request.parameters()), null);
        } catch (DynamoDbException e) {
            return new Parsed(request, null, e);
        }
    }

    /**
     * Each statement's request (a {@link KeyedRead} or a {@link WriteRequest}) or its error, with
     * DynamoDB's error for the whole batch when two statements name the same item.
     */
    private static List<Object> plan(Catalog catalog, List<Parsed> parsed) {
        List<Object> planned = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Parsed statement : parsed) {
            Object plan;
            try {
                plan = statement.error() != null ? statement.error() : request(catalog, statement);
            } catch (DynamoDbException e) {
                plan = ExecuteStatement.withoutExpressionPrefix(e);
            }
            List<Object> identity = identity(plan);
            if (identity != null && !seen.add(identity)) {
                throw DynamoErrors.validation(BatchMessages.DUPLICATE_KEYS);
            }
            planned.add(plan);
        }
        return planned;
    }

    private static Object request(Catalog catalog, Parsed parsed) {
        if (parsed.statement() instanceof Select select) {
            return KeyedRead.of(catalog, select, PartiqlMessages.BATCH_NOT_SINGLE_ITEM);
        }
        if (parsed.statement() instanceof Ast.Exists) {
            throw DynamoErrors.validation(PartiqlMessages.EXISTS_OUTSIDE_TRANSACTION);
        }
        return ExecuteStatement.write(catalog, parsed.statement(), parsed.request().statement());
    }

    private static List<Object> identity(Object plan) {
        if (plan instanceof KeyedRead read) {
            return List.of(read.table(), read.key());
        }
        if (plan instanceof WriteRequest write) {
            return List.of(write.table(), write.key());
        }
        return null;
    }

    private static BatchStatementResponse run(Catalog catalog, Parsed parsed, Object plan) {
        if (plan instanceof DynamoDbException error) {
            return BatchStatementResponse.builder().error(error(error)).build();
        }
        if (plan instanceof KeyedRead read) {
            return read(catalog, parsed, read);
        }
        WriteRequest write = (WriteRequest) plan;
        BatchStatementResponse.Builder response = BatchStatementResponse.builder().tableName(write.table());
        try {
            ExecuteStatement.Options options = new ExecuteStatement.Options(null,
                    parsed.request().returnValuesOnConditionCheckFailureAsString());
            List<Map<String, AttributeValue>> returned = ExecuteStatement.run(catalog, write, options).items();
            if (!returned.isEmpty()) {
                response.item(returned.get(0));
            }
        } catch (ConditionalCheckFailedException | DuplicateItemException e) {
            response.error(error(e));
        } catch (DynamoDbException e) {
            return BatchStatementResponse.builder().error(error(ExecuteStatement.withoutExpressionPrefix(e))).build();
        }
        return response.build();
    }

    private static BatchStatementResponse read(Catalog catalog, Parsed parsed, KeyedRead read) {
        try {
            GetItemResponse got = GetItem.execute(catalog, read.getItem(parsed.request().consistentRead()));
            BatchStatementResponse.Builder response = BatchStatementResponse.builder().tableName(read.table());
            if (got.hasItem()) {
                response.item(read.project(got.item()));
            }
            return response.build();
        } catch (DynamoDbException e) {
            return BatchStatementResponse.builder().error(error(ExecuteStatement.withoutExpressionPrefix(e))).build();
        }
    }

    /** A statement's error as DynamoDB reports it inside a batch. */
    static BatchStatementError error(DynamoDbException e) {
        BatchStatementError.Builder error = BatchStatementError.builder()
                .code(code(e))
                .message(e.awsErrorDetails().errorMessage());
        if (e instanceof ConditionalCheckFailedException failed && failed.hasItem()) {
            error.item(failed.item());
        }
        return error.build();
    }

    private static String code(DynamoDbException e) {
        if (e instanceof ConditionalCheckFailedException) {
            return "ConditionalCheckFailed";
        }
        if (e instanceof DuplicateItemException) {
            return "DuplicateItem";
        }
        if (e instanceof ResourceNotFoundException) {
            return "ResourceNotFound";
        }
        return DynamoErrors.isValidation(e) ? "ValidationError" : "InternalServerError";
    }
}
