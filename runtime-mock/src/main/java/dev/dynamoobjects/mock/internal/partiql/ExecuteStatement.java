package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.operation.Constraints;
import dev.dynamoobjects.mock.internal.operation.DeleteItem;
import dev.dynamoobjects.mock.internal.operation.PutItem;
import dev.dynamoobjects.mock.internal.operation.UpdateItem;
import dev.dynamoobjects.mock.internal.partiql.Ast.Delete;
import dev.dynamoobjects.mock.internal.partiql.Ast.Insert;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.partiql.Ast.Statement;
import dev.dynamoobjects.mock.internal.partiql.Ast.Update;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * ExecuteStatement: parses the statement, binds its parameters and runs it as the engine's
 * Query, Scan, PutItem, UpdateItem or DeleteItem. Engine-internal: the caller holds the engine's
 * write lock.
 */
public final class ExecuteStatement {
    private static final Pattern EXPRESSION_PREFIX =
            Pattern.compile("^Invalid (Filter|Projection|Update|Condition|KeyCondition)Expression: ");

    private ExecuteStatement() {
    }

    public static ExecuteStatementResponse execute(Catalog catalog, ExecuteStatementRequest request) {
        try {
            return executeParsed(catalog, request);
        } catch (DynamoDbException e) {
            throw withoutExpressionPrefix(e);
        }
    }

    /**
     * The engine names the expression an error is in ("Invalid FilterExpression: ..."); a
     * statement has no such expressions, and DynamoDB gives the rest of the message alone.
     */
    static DynamoDbException withoutExpressionPrefix(DynamoDbException e) {
        if (!DynamoErrors.isValidation(e)) {
            return e;
        }
        String message = e.awsErrorDetails().errorMessage();
        String stripped = EXPRESSION_PREFIX.matcher(message).replaceFirst("");
        return stripped.equals(message) ? e : DynamoErrors.validation(stripped);
    }

    private static ExecuteStatementResponse executeParsed(Catalog catalog, ExecuteStatementRequest request) {
        // A required member, checked by DynamoDB's request validation before anything else.
        Constraints.of().notNull("statement", request.statement() != null).check();
        checkParameters(request.parameters());
        Statement statement = parse(request.statement(), request.parameters());
        if (statement instanceof Select select) {
            return SelectStatement.execute(catalog, select, new SelectStatement.ReadOptions(request.limit(),
                    request.nextToken(), request.consistentRead(), request.returnConsumedCapacity()));
        }
        WriteRequest write = write(catalog, statement, request.statement());
        Options options = new Options(request.returnConsumedCapacity(),
                request.returnValuesOnConditionCheckFailureAsString());
        return run(catalog, write, options);
    }

    /** The table a statement names, for request counters and hooks; null when it does not parse. */
    public static String tableName(String statement, List<AttributeValue> parameters) {
        try {
            Statement parsed = parse(statement, parameters);
            LAST_PARSED.set(new Parsed(statement, parameters, parsed));
            return parsed.table();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The statement {@link #tableName} parsed last on this thread: the engine asks for the table
     * before it runs the request, and parsing the same text twice would double a keyed SELECT's cost.
     */
    private static final ThreadLocal<Parsed> LAST_PARSED = new ThreadLocal<>();

    private record Parsed(String text, List<AttributeValue> parameters, Statement statement) {
    }

    /**
     * Checks each parameter as a value (empty, several types, a bad number or set), as DynamoDB Local
     * does before it reads any statement: such a parameter fails the whole request, a batch's too.
     */
    static void checkParameters(List<AttributeValue> parameters) {
        if (parameters != null) {
            parameters.forEach(ItemValues::canonical);
        }
    }

    /** Parses a statement, binding parameters; a syntax error is DynamoDB's "wasn't well formed" ValidationException. */
    static Statement parse(String text, List<AttributeValue> parameters) {
        Parsed last = LAST_PARSED.get();
        if (last != null && last.text() == text && last.parameters() == parameters) {
            LAST_PARSED.remove();
            return last.statement();
        }
        if (text == null) {
            throw DynamoErrors.validation(PartiqlMessages.notWellFormed(""));
        }
        try {
            return Parser.parse(text, parameters == null ? List.of() : parameters);
        } catch (SyntaxError e) {
            throw DynamoErrors.validation(PartiqlMessages.notWellFormed(text));
        }
    }

    /** A write statement as its request; EXISTS belongs only in a transaction. */
    static WriteRequest write(Catalog catalog, Statement statement, String text) {
        if (statement instanceof Insert insert) {
            return WriteRequest.insert(catalog, insert);
        }
        if (statement instanceof Update update) {
            return WriteRequest.update(catalog, update);
        }
        if (statement instanceof Delete delete) {
            return WriteRequest.delete(catalog, delete);
        }
        throw DynamoErrors.validation(PartiqlMessages.notWellFormed(text));
    }

    /** What a single-statement write passes on to its operation. */
    record Options(ReturnConsumedCapacity capacity, String valuesOnConditionCheckFailure) {
    }

    static ExecuteStatementResponse run(Catalog catalog, WriteRequest write, Options options) {
        Map<String, AttributeValue> attributes;
        ConsumedCapacity consumed;
        switch (write.kind()) {
            case INSERT -> {
                consumed = insert(catalog, write, options);
                attributes = null;
            }
            case UPDATE -> {
                UpdateItemResponse response = UpdateItem.execute(catalog, UpdateItemRequest.builder()
                        .tableName(write.table()).key(write.key()).updateExpression(write.update())
                        .conditionExpression(write.condition()).expressionAttributeNames(write.names())
                        .expressionAttributeValues(write.values()).returnValues(write.returnValues())
                        .returnValuesOnConditionCheckFailure(options.valuesOnConditionCheckFailure())
                        .returnConsumedCapacity(options.capacity()).build());
                attributes = response.hasAttributes() ? response.attributes() : null;
                consumed = response.consumedCapacity();
            }
            default -> {
                DeleteItemResponse response = DeleteItem.execute(catalog, DeleteItemRequest.builder()
                        .tableName(write.table()).key(write.key()).conditionExpression(write.condition())
                        .expressionAttributeNames(write.names()).expressionAttributeValues(write.values())
                        .returnValues(write.returnValues())
                        .returnValuesOnConditionCheckFailure(options.valuesOnConditionCheckFailure())
                        .returnConsumedCapacity(options.capacity()).build());
                attributes = response.hasAttributes() ? response.attributes() : null;
                consumed = response.consumedCapacity();
            }
        }
        return ExecuteStatementResponse.builder()
                .items(attributes == null || write.returnValues() == null ? List.of() : List.of(attributes))
                .consumedCapacity(consumed)
                .build();
    }

    private static ConsumedCapacity insert(Catalog catalog, WriteRequest write, Options options) {
        try {
            return PutItem.execute(catalog, PutItemRequest.builder()
                    .tableName(write.table()).item(write.item()).conditionExpression(write.condition())
                    .expressionAttributeNames(write.names()).returnConsumedCapacity(options.capacity()).build())
                    .consumedCapacity();
        } catch (ConditionalCheckFailedException e) {
            throw duplicateItem();
        }
    }

    /** DynamoDB's DuplicateItemException, the SDK's own subclass. */
    static DuplicateItemException duplicateItem() {
        return (DuplicateItemException) DuplicateItemException.builder()
                .message(PartiqlMessages.DUPLICATE_ITEM)
                .statusCode(400)
                .awsErrorDetails(DynamoErrors.details("DuplicateItemException", 400, PartiqlMessages.DUPLICATE_ITEM))
                .build();
    }
}
