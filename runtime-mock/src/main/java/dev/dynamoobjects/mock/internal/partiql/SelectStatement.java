package dev.dynamoobjects.mock.internal.partiql;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.operation.Query;
import dev.dynamoobjects.mock.internal.operation.Scan;
import dev.dynamoobjects.mock.internal.partiql.Ast.Between;
import dev.dynamoobjects.mock.internal.partiql.Ast.Binary;
import dev.dynamoobjects.mock.internal.partiql.Ast.Call;
import dev.dynamoobjects.mock.internal.partiql.Ast.Expr;
import dev.dynamoobjects.mock.internal.partiql.Ast.In;
import dev.dynamoobjects.mock.internal.partiql.Ast.Order;
import dev.dynamoobjects.mock.internal.partiql.Ast.Select;
import dev.dynamoobjects.mock.internal.partiql.Ast.Value;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A SELECT as the engine's Query or Scan. A WHERE whose top-level AND terms fix the partition key
 * ({@code pk = v}) runs as a Query in key order, one term on the sort key becoming its key
 * condition and the other terms its filter; {@code pk IN [...]} runs one Query per value, in the
 * list's order; anything else is a Scan filtered by the whole WHERE.
 */
final class SelectStatement {
    private static final Set<String> SORT_KEY_OPERATORS = Set.of("=", "<", "<=", ">", ">=");

    private final Catalog catalog;
    private final Select select;
    private final ReadOptions options;
    private final KeySchema keys;

    /** What the request adds to the statement: paging, consistency, capacity. */
    record ReadOptions(Integer limit, String nextToken, Boolean consistentRead, ReturnConsumedCapacity capacity) {
    }

    private SelectStatement(Catalog catalog, Select select, ReadOptions options) {
        this.catalog = catalog;
        this.select = select;
        this.options = options;
        this.keys = keys(catalog.table(select.table()), select.index());
    }

    static ExecuteStatementResponse execute(Catalog catalog, Select select, ReadOptions options) {
        return new SelectStatement(catalog, select, options).run();
    }

    private static KeySchema keys(Table table, String indexName) {
        if (indexName == null) {
            return table.keys();
        }
        IndexDefinition index = table.indexes().get(indexName);
        if (index == null) {
            throw DynamoErrors.validation(Messages.noSuchIndex(indexName));
        }
        return index.keys();
    }

    private ExecuteStatementResponse run() {
        Conjuncts where = new Conjuncts(select.where());
        checkOrderBy();
        Expr hashTerm = where.fixing(keys.hash());
        List<AttributeValue> partitions = hashTerm != null ? List.of(Conjuncts.equality(hashTerm, keys.hash().name()))
                : partitionsIn(where);
        if (!select.orderBy().isEmpty() && partitions == null) {
            throw DynamoErrors.validation(PartiqlMessages.ORDER_BY_WITHOUT_HASH_KEY);
        }
        return partitions == null ? scan() : query(where, hashTerm, partitions);
    }

    private void checkOrderBy() {
        if (select.orderBy().isEmpty()) {
            return;
        }
        if (select.where() == null) {
            throw DynamoErrors.validation(PartiqlMessages.ORDER_BY_WITHOUT_WHERE);
        }
        for (Order order : select.orderBy()) {
            if (!keys.isKey(order.name())) {
                throw DynamoErrors.validation(PartiqlMessages.orderByNotKey(order.name()));
            }
        }
    }

    /** The values of a top-level {@code pk IN [...]} term of literals, or null when there is none. */
    private List<AttributeValue> partitionsIn(Conjuncts where) {
        for (Expr term : where.terms()) {
            if (term instanceof In in && Conjuncts.isName(in.value(), keys.hash().name())
                    && in.options().stream().allMatch(Value.class::isInstance)) {
                List<AttributeValue> values = in.options().stream().map(o -> ((Value) o).value()).toList();
                values.forEach(value -> Conjuncts.checkType(keys.hash(), value));
                // DynamoDB Local reads the partitions in key order, each once, whatever the list's order.
                Comparator<Object> order = keys.hash().order();
                TreeMap<Object, AttributeValue> partitions = new TreeMap<>(order);
                values.forEach(value -> partitions.putIfAbsent(keys.hash().keyObject(value), value));
                return List.copyOf(partitions.values());
            }
        }
        return null;
    }

    private boolean forward() {
        KeyAttribute range = keys.range();
        return select.orderBy().stream().noneMatch(o -> o.descending() && range != null && o.name().equals(range.name()));
    }

    private ExecuteStatementResponse query(Conjuncts where, Expr hashTerm, List<AttributeValue> partitions) {
        Expr sortTerm = sortKeyTerm(where, hashTerm);
        NextTokens start = NextTokens.decode(options.nextToken());
        CapacityTally capacity = new CapacityTally(options.capacity());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Integer remaining = options.limit();
        for (int i = start.partition(); i < partitions.size(); i++) {
            ExpressionWriter writer = new ExpressionWriter();
            String keyCondition = writer.name(keys.hash().name()) + " = " + writer.value(partitions.get(i))
                    + (sortTerm == null ? "" : " AND " + writer.condition(sortTerm));
            Expr filter = hashTerm != null ? where.without(sortTerm == null ? List.of(hashTerm) : List.of(hashTerm, sortTerm))
                    : where.without(sortTerm == null ? List.of(inTerm(where)) : List.of(inTerm(where), sortTerm));
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(select.table())
                    .indexName(select.index())
                    .keyConditionExpression(keyCondition)
                    .filterExpression(filter == null ? null : writer.condition(filter))
                    .projectionExpression(projection(writer))
                    .consistentRead(options.consistentRead())
                    .limit(remaining)
                    .scanIndexForward(forward())
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .expressionAttributeNames(writer.names())
                    .expressionAttributeValues(writer.values());
            if (i == start.partition() && start.startKey() != null) {
                request.exclusiveStartKey(start.startKey());
            }
            QueryResponse page = Query.execute(catalog, request.build(), true);
            items.addAll(page.items());
            capacity.add(page.consumedCapacity(), 1);
            if (page.hasLastEvaluatedKey()) {
                return response(items, new NextTokens(i, page.lastEvaluatedKey()), capacity);
            }
            if (remaining != null) {
                remaining -= page.scannedCount();
                if (remaining <= 0 && i + 1 < partitions.size()) {
                    return response(items, new NextTokens(i + 1, null), capacity);
                }
            }
        }
        return response(items, null, capacity);
    }

    private Expr inTerm(Conjuncts where) {
        return where.terms().stream().filter(t -> t instanceof In in && Conjuncts.isName(in.value(), keys.hash().name()))
                .findFirst().orElseThrow();
    }

    /** The first term a key condition can hold on the sort key: a comparison, BETWEEN or begins_with with literals. */
    private Expr sortKeyTerm(Conjuncts where, Expr hashTerm) {
        KeyAttribute range = keys.range();
        if (range == null) {
            return null;
        }
        for (Expr term : where.terms()) {
            if (term == hashTerm) {
                continue;
            }
            AttributeValue equal = Conjuncts.equality(term, range.name());
            if (equal != null) {
                Conjuncts.checkType(range, equal);
                return term;
            }
            if (isSortKeyTerm(term, range)) {
                return term;
            }
        }
        return null;
    }

    private static boolean isSortKeyTerm(Expr term, KeyAttribute range) {
        if (term instanceof Binary b && SORT_KEY_OPERATORS.contains(b.operator())) {
            return Conjuncts.isName(b.left(), range.name()) && accepts(range, b.right());
        }
        if (term instanceof Between between) {
            return Conjuncts.isName(between.value(), range.name()) && accepts(range, between.low())
                    && accepts(range, between.high());
        }
        return term instanceof Call call && call.name().equals("begins_with") && call.arguments().size() == 2
                && Conjuncts.isName(call.arguments().get(0), range.name()) && accepts(range, call.arguments().get(1))
                && range.type() != ScalarAttributeType.N;
    }

    private static boolean accepts(KeyAttribute key, Expr operand) {
        return operand instanceof Value value && key.accepts(value.value());
    }

    private ExecuteStatementResponse scan() {
        NextTokens start = NextTokens.decode(options.nextToken());
        ExpressionWriter writer = new ExpressionWriter();
        ScanRequest.Builder request = ScanRequest.builder()
                .tableName(select.table())
                .indexName(select.index())
                .filterExpression(select.where() == null ? null : writer.condition(select.where()))
                .projectionExpression(projection(writer))
                .consistentRead(options.consistentRead())
                .limit(options.limit())
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .expressionAttributeNames(writer.names())
                .expressionAttributeValues(writer.values());
        if (start.startKey() != null) {
            request.exclusiveStartKey(start.startKey());
        }
        ScanResponse page = Scan.execute(catalog, request.build());
        CapacityTally capacity = new CapacityTally(options.capacity());
        capacity.add(page.consumedCapacity(), 1);
        return response(page.items(), page.hasLastEvaluatedKey() ? new NextTokens(0, page.lastEvaluatedKey()) : null,
                capacity);
    }

    private String projection(ExpressionWriter writer) {
        return select.projection().isEmpty() ? null
                : select.projection().stream().map(writer::path).collect(Collectors.joining(", "));
    }

    private ExecuteStatementResponse response(List<Map<String, AttributeValue>> items, NextTokens next,
                                              CapacityTally capacity) {
        return ExecuteStatementResponse.builder()
                .items(ProjectedItems.of(items, select.projection()))
                .nextToken(next == null ? null : next.encode())
                .lastEvaluatedKey(next == null ? null : next.startKey())
                .consumedCapacity(capacity.of(select.table()))
                .build();
    }
}
