package dev.dynamoobjects.mock.differential;

import static dev.dynamoobjects.mock.differential.Schema.HASH_INDEX;
import static dev.dynamoobjects.mock.differential.Schema.HASH_TABLE;
import static dev.dynamoobjects.mock.differential.Schema.INDEX;
import static dev.dynamoobjects.mock.differential.Schema.LOCAL_INDEX;
import static dev.dynamoobjects.mock.differential.Schema.RANGE_TABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeded random requests over a small key space, so that writes, conditions and reads keep meeting
 * the same items: valid ones of every kind and invalid ones DynamoDB must reject with its own message.
 */
final class OperationGenerator {
    private static final String[] IDS = {"a", "b", "c", "d", "e", "f", "g", "h"};
    private static final String[] PKS = {"p0", "p1", "p2"};
    private static final String[] WORDS = {"", "x", "apple", "Apple", "zebra", "é", "日本"};
    private static final ReturnValue[] UPDATE_RETURNS = {ReturnValue.NONE, ReturnValue.ALL_OLD,
            ReturnValue.UPDATED_OLD, ReturnValue.ALL_NEW, ReturnValue.UPDATED_NEW};

    private final Random random;
    private final List<Supplier<Operation>> kinds = new ArrayList<>();

    /** A generator for backends that are new: tokens repeat from one run to the next. */
    OperationGenerator(long seed) {
        this.random = new Random(seed);
        weigh(8, this::put);
        weigh(5, this::get);
        weigh(8, this::update);
        weigh(3, this::delete);
        weigh(4, this::query);
        weigh(2, this::queryIndex);
        weigh(2, this::scan);
        weigh(3, this::batchGet);
        weigh(3, this::batchWrite);
        weigh(4, this::transactWrite);
        weigh(2, this::transactGet);
        weigh(4, this::legacy);
        weigh(4, this::invalid);
        weigh(1, this::describe);
    }

    private void weigh(int weight, Supplier<Operation> kind) {
        for (int i = 0; i < weight; i++) {
            kinds.add(kind);
        }
    }

    Operation next() {
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    // ---- valid requests

    private Operation put() {
        boolean range = random.nextBoolean();
        Map<String, AttributeValue> item = item(range);
        String condition = pick("", "", "attribute_not_exists(n)", "n < :limit", "attribute_exists(s) AND size(s) > :zero");
        Map<String, AttributeValue> values = valuesFor(condition);
        ReturnValue returns = random.nextBoolean() ? ReturnValue.ALL_OLD : ReturnValue.NONE;
        String onFailure = pick("ALL_OLD", "NONE");
        String capacity = capacity();
        return new Operation("PutItem " + item + " if " + condition + " capacity " + capacity, client -> client.putItem(p -> {
            p.tableName(table(range)).item(item).returnValues(returns).returnConsumedCapacity(capacity);
            if (!condition.isEmpty()) {
                p.conditionExpression(condition).expressionAttributeValues(orNull(values))
                        .returnValuesOnConditionCheckFailure(onFailure);
            }
        }));
    }

    private Operation get() {
        boolean range = random.nextBoolean();
        Map<String, AttributeValue> key = key(range);
        String projection = pick(null, "n, s", "l[0], m.x", "#s");
        boolean consistent = random.nextBoolean();
        String capacity = capacity();
        return new Operation("GetItem " + key + " " + projection, client -> client.getItem(g -> {
            g.tableName(table(range)).key(key).consistentRead(consistent).returnConsumedCapacity(capacity);
            if (projection != null) {
                g.projectionExpression(projection);
                if (projection.contains("#s")) {
                    g.expressionAttributeNames(Map.of("#s", "s"));
                }
            }
        }));
    }

    private Operation update() {
        boolean range = random.nextBoolean();
        Map<String, AttributeValue> key = key(range);
        String expression = pick("SET n = :one", "SET n = n + :one", "ADD n :one", "REMOVE s, l",
                "SET s = :word, flag = :flag", "SET l = list_append(if_not_exists(l, :empty), :list)",
                "SET m.x = :one", "SET m = :map", "ADD ss :set", "DELETE ss :set", "SET l[1] = :word",
                "SET n = if_not_exists(n, :zero) - :one REMOVE flag", "SET g = :g", "REMOVE g", "SET h = :h");
        String condition = pick("", "", "", "attribute_exists(n)", "n >= :zero", "begins_with(s, :prefix)");
        Map<String, AttributeValue> values = valuesFor(expression + " " + condition);
        ReturnValue returns = UPDATE_RETURNS[random.nextInt(UPDATE_RETURNS.length)];
        String capacity = capacity();
        return new Operation("UpdateItem " + key + " " + expression + " if " + condition + " " + returns,
                client -> client.updateItem(u -> {
                    u.tableName(table(range)).key(key).updateExpression(expression).returnValues(returns)
                            .expressionAttributeValues(orNull(values)).returnConsumedCapacity(capacity);
                    if (!condition.isEmpty()) {
                        u.conditionExpression(condition);
                    }
                }));
    }

    private Operation delete() {
        boolean range = random.nextBoolean();
        Map<String, AttributeValue> key = key(range);
        String condition = pick("", "attribute_exists(n)", "n = :one");
        Map<String, AttributeValue> values = valuesFor(condition);
        String capacity = capacity();
        return new Operation("DeleteItem " + key + " if " + condition + " capacity " + capacity, client -> client.deleteItem(d -> {
            d.tableName(table(range)).key(key).returnValues(ReturnValue.ALL_OLD).returnConsumedCapacity(capacity);
            if (!condition.isEmpty()) {
                d.conditionExpression(condition).expressionAttributeValues(orNull(values));
            }
        }));
    }

    private Operation query() {
        String pk = pick(PKS);
        String range = pick("", " AND sk > :low", " AND sk BETWEEN :low AND :high", " AND sk <= :high");
        String filter = pick(null, null, "attribute_exists(n)", "n > :zero", "n > :zero OR begins_with(pk, :prefix)");
        boolean forward = random.nextBoolean();
        int limit = 1 + random.nextInt(4);
        Map<String, AttributeValue> values = valuesFor("pk = :pk" + range + " " + filter);
        values.put(":pk", AttributeValue.fromS(pk));
        QueryRequest request = QueryRequest.builder().tableName(RANGE_TABLE)
                .keyConditionExpression("pk = :pk" + range).filterExpression(filter)
                .expressionAttributeValues(values).scanIndexForward(forward).limit(limit)
                .returnConsumedCapacity(capacity()).build();
        return new Operation("Query " + request, client -> Reads.pages(client, request));
    }

    /**
     * A query of one of the indexes. The filter may name a key attribute (which only an index keyed by
     * it rejects) or an attribute the index does not project; the read may ask for a consistent read
     * (which only the local index allows).
     */
    private Operation queryIndex() {
        String index = pick(INDEX, HASH_INDEX, LOCAL_INDEX);
        boolean local = index.equals(LOCAL_INDEX);
        String key = local ? "pk = :key" + pick("", " AND n > :zero", " AND n BETWEEN :low AND :high")
                : (index.equals(INDEX) ? "g" : "h") + " = :key";
        String filter = pick(null, null, "n > :zero", "sk >= :low", "attribute_exists(pk)", "s = :word",
                "attribute_exists(flag)");
        Map<String, AttributeValue> values = valuesFor(key + " " + filter);
        values.put(":key", AttributeValue.fromS(local ? pick(PKS) : pick(WORDS)));
        String select = pick("ALL_ATTRIBUTES", "COUNT", "ALL_PROJECTED_ATTRIBUTES");
        boolean consistent = random.nextInt(4) == 0;
        QueryRequest request = QueryRequest.builder().tableName(RANGE_TABLE).indexName(index)
                .keyConditionExpression(key).filterExpression(filter).expressionAttributeValues(values)
                .select(select).consistentRead(consistent).scanIndexForward(random.nextBoolean())
                .limit(1 + random.nextInt(3)).build();
        return new Operation("Query index " + request, client -> indexItems(Reads.pages(client, request)));
    }

    /**
     * An index query's items as a set, with the page count and totals: items that tie on the index key
     * come back in an order DynamoDB does not define (DynamoDB Local orders them by its own hash of the
     * table key), so only what is returned can be compared.
     */
    private static String indexItems(List<QueryResponse> pages) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        pages.forEach(page -> items.addAll(page.items()));
        return pages.size() + " pages, count " + pages.stream().mapToInt(QueryResponse::count).sum()
                + ", items " + Outcomes.canonical(items, true);
    }

    /**
     * Scans to the end and compares the items as a set: DynamoDB orders a scan by a hash of the
     * partition key that neither backend has to share.
     */
    private Operation scan() {
        boolean range = random.nextBoolean();
        String filter = pick(null, "attribute_exists(s)", "n < :limit");
        Map<String, AttributeValue> values = filter == null ? null : orNull(valuesFor(filter));
        String index = range ? pick(null, null, INDEX, HASH_INDEX, LOCAL_INDEX) : null;
        String projection = index == null ? null : pick(null, "pk, sk", "pk, s");
        boolean consistent = random.nextInt(4) == 0;
        return scan(table(range), index, filter, projection, consistent, values, 1 + random.nextInt(5));
    }

    /** Reads the whole table; the differential test ends with it to compare what each backend holds. */
    static Operation fullScan(String table) {
        return scan(table, null, null, null, false, null, 1000);
    }

    /**
     * Scans to the end and compares the items as a set: DynamoDB orders a scan by a hash of the
     * partition key that neither backend has to share.
     */
    private static Operation scan(String table, String index, String filter, String projection, boolean consistent,
                                  Map<String, AttributeValue> values, int limit) {
        ScanRequest request = ScanRequest.builder().tableName(table).indexName(index).filterExpression(filter)
                .projectionExpression(projection).consistentRead(consistent).expressionAttributeValues(values)
                .limit(limit).build();
        return new Operation("Scan " + table + " index " + index + " " + filter + " projecting " + projection
                + (consistent ? " consistent" : "") + " limit " + limit, client -> Reads.scanned(client, request));
    }

    private Operation batchGet() {
        Map<String, KeysAndAttributes> request = new HashMap<>();
        request.put(HASH_TABLE, KeysAndAttributes.builder().keys(keys(false, 1 + random.nextInt(4))).build());
        if (random.nextBoolean()) {
            request.put(RANGE_TABLE, KeysAndAttributes.builder().keys(keys(true, 1 + random.nextInt(3)))
                    .projectionExpression(pick("pk, sk, n", "s")).build());
        }
        String capacity = capacity();
        return new Operation("BatchGetItem " + request, client -> {
            BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request).returnConsumedCapacity(capacity));
            Map<String, String> responses = new TreeMap<>();
            response.responses().forEach((table, items) -> responses.put(table, Outcomes.canonical(items, true)));
            return "responses " + responses + " unprocessed " + Outcomes.canonical(response.unprocessedKeys(), false)
                    + " capacity " + Outcomes.canonical(response.consumedCapacity(), true);
        });
    }

    private Operation batchWrite() {
        Map<String, List<WriteRequest>> request = new HashMap<>();
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys(false, 1 + random.nextInt(4))) {
            writes.add(random.nextInt(3) == 0
                    ? WriteRequest.builder().deleteRequest(d -> d.key(key)).build()
                    : WriteRequest.builder().putRequest(p -> p.item(withAttributes(key))).build());
        }
        request.put(HASH_TABLE, writes);
        // No ConsumedCapacity: DynamoDB Local charges a batched delete of an absent item 2 units where
        // DynamoDB charges 1; the embedded engine follows DynamoDB (see BatchWriteItemTest).
        return new Operation("BatchWriteItem " + request, client -> client.batchWriteItem(b -> b.requestItems(request)));
    }

    private Operation transactWrite() {
        List<TransactWriteItem> items = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys(false, 1 + random.nextInt(3))) {
            items.add(transactItem(key));
        }
        String token = random.nextInt(4) == 0 ? "token-" + random.nextInt(3) : null;
        // No ConsumedCapacity: DynamoDB Local reports 2 units for most multi-item transactions whatever
        // their size; the embedded engine charges 2 units per item and KB as DynamoDB documents.
        return new Operation("TransactWriteItems " + items + " token " + token,
                client -> client.transactWriteItems(t -> t.transactItems(items).clientRequestToken(token)));
    }

    private TransactWriteItem transactItem(Map<String, AttributeValue> key) {
        String onFailure = pick("ALL_OLD", "NONE");
        switch (random.nextInt(4)) {
            case 0:
                return TransactWriteItem.builder().put(p -> p.tableName(HASH_TABLE).item(withAttributes(key))
                        .conditionExpression(pick("attribute_not_exists(id)", "attribute_exists(id)"))
                        .returnValuesOnConditionCheckFailure(onFailure)).build();
            case 1:
                return TransactWriteItem.builder().update(u -> u.tableName(HASH_TABLE).key(key)
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                        .returnValuesOnConditionCheckFailure(onFailure)).build();
            case 2:
                return TransactWriteItem.builder().delete(d -> d.tableName(HASH_TABLE).key(key)
                        .conditionExpression("attribute_exists(n)").returnValuesOnConditionCheckFailure(onFailure)).build();
            default:
                return TransactWriteItem.builder().conditionCheck(c -> c.tableName(HASH_TABLE).key(key)
                        .conditionExpression("attribute_exists(id)").returnValuesOnConditionCheckFailure(onFailure)).build();
        }
    }

    private Operation transactGet() {
        List<TransactGetItem> items = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys(false, 1 + random.nextInt(3))) {
            items.add(TransactGetItem.builder().get(g -> g.tableName(HASH_TABLE).key(key)).build());
        }
        return new Operation("TransactGetItems " + items, client -> client.transactGetItems(t -> t.transactItems(items)));
    }

    private Operation describe() {
        String table = table(random.nextBoolean());
        int limit = 1 + random.nextInt(2);
        return random.nextBoolean()
                ? new Operation("DescribeTable " + table, client -> client.describeTable(d -> d.tableName(table)))
                : new Operation("ListTables " + limit, client -> client.listTables(l -> l.limit(limit)));
    }

    // ---- the legacy parameters

    /** A request in the parameters older clients send: Expected, AttributeUpdates, KeyConditions and filters. */
    private Operation legacy() {
        Map<String, AttributeValue> key = key(false);
        Map<String, ExpectedAttributeValue> expected = expected();
        String operator = expected.size() > 1 ? pick("AND", "OR") : null;
        switch (random.nextInt(4)) {
            case 0:
                Map<String, AttributeValue> item = withAttributes(key);
                return new Operation("PutItem legacy " + item + " expected " + expected + " " + operator,
                        c -> c.putItem(p -> p.tableName(HASH_TABLE).item(item).expected(orNull(expected))
                                .conditionalOperator(operator).returnValues(ReturnValue.ALL_OLD)));
            case 1:
                Map<String, AttributeValueUpdate> updates = attributeUpdates();
                ReturnValue returns = UPDATE_RETURNS[random.nextInt(UPDATE_RETURNS.length)];
                return new Operation("UpdateItem legacy " + key + " " + updates + " expected " + expected + " "
                        + operator + " " + returns, c -> c.updateItem(u -> u.tableName(HASH_TABLE).key(key)
                        .attributeUpdates(updates).expected(orNull(expected)).conditionalOperator(operator)
                        .returnValues(returns)),
                        (reference, candidate) -> undoCreatedByDelete(reference, candidate, key));
            case 2:
                Map<String, Condition> keyConditions = new HashMap<>(Map.of("pk", eq(AttributeValue.fromS(pick(PKS)))));
                if (random.nextBoolean()) {
                    keyConditions.put("sk", condition(pick("LE", "GT", "BEGINS_WITH", "BETWEEN"), true));
                }
                Map<String, Condition> filter = random.nextBoolean() ? Map.of("n", condition(pick("GE", "NE",
                        "NOT_NULL", "NULL", "IN"), true)) : null;
                List<String> attributes = random.nextBoolean() ? List.of("n", "s") : null;
                QueryRequest request = QueryRequest.builder().tableName(RANGE_TABLE).keyConditions(keyConditions)
                        .queryFilter(filter).attributesToGet(attributes).limit(1 + random.nextInt(3)).build();
                return new Operation("Query legacy " + request, client -> Reads.pages(client, request));
            default:
                Map<String, Condition> scanFilter = Map.of(pick("n", "s", "ss", "l"), condition(pick("EQ", "CONTAINS",
                        "NOT_CONTAINS", "BEGINS_WITH", "LT", "NOT_NULL"), false));
                List<String> scanned = random.nextBoolean() ? List.of("id", "n") : null;
                // Compared as a set, as every scan: DynamoDB promises no order.
                return new Operation("Scan legacy " + scanFilter + " " + scanned, c -> {
                    ScanResponse page = c.scan(s -> s.tableName(HASH_TABLE).scanFilter(scanFilter).attributesToGet(scanned));
                    return "scanned " + page.scannedCount() + " items " + Outcomes.canonical(page.items(), true);
                });
        }
    }

    private Map<String, ExpectedAttributeValue> expected() {
        Map<String, ExpectedAttributeValue> expected = new HashMap<>();
        int count = random.nextInt(3);
        for (String name : List.of("n", "s").subList(0, count)) {
            expected.put(name, pick(
                    ExpectedAttributeValue.builder().exists(false).build(),
                    ExpectedAttributeValue.builder().value(name.equals("n") ? AttributeValue.fromN("1")
                            : AttributeValue.fromS("x")).build(),
                    ExpectedAttributeValue.builder().comparisonOperator("NOT_NULL").build(),
                    ExpectedAttributeValue.builder().comparisonOperator(name.equals("n") ? "GT" : "BEGINS_WITH")
                            .attributeValueList(name.equals("n") ? AttributeValue.fromN("0")
                                    : AttributeValue.fromS("a")).build()));
        }
        return expected;
    }

    /**
     * A legacy DELETE of a missing item: DynamoDB Local creates it holding only its key, DynamoDB and
     * the engine create nothing (KnownDifference.LEGACY_DELETE_OF_MISSING_ITEM); deletes Local's.
     */
    private static boolean undoCreatedByDelete(DynamoDbClient reference, DynamoDbClient candidate,
                                               Map<String, AttributeValue> key) {
        Map<String, AttributeValue> created = reference.getItem(g -> g.tableName(HASH_TABLE).key(key)).item();
        if (!key.equals(created) || candidate.getItem(g -> g.tableName(HASH_TABLE).key(key)).hasItem()) {
            return false;
        }
        reference.deleteItem(d -> d.tableName(HASH_TABLE).key(key));
        return true;
    }

    private Map<String, AttributeValueUpdate> attributeUpdates() {
        return pick(
                Map.of("n", AttributeValueUpdate.builder().action("ADD").value(AttributeValue.fromN("2")).build()),
                Map.of("s", AttributeValueUpdate.builder().action("PUT").value(AttributeValue.fromS(pick(WORDS))).build()),
                Map.of("ss", AttributeValueUpdate.builder().action(pick("ADD", "DELETE"))
                        .value(AttributeValue.fromSs(List.of("a", "q"))).build()),
                Map.of("l", AttributeValueUpdate.builder().action("DELETE").build(),
                        "n", AttributeValueUpdate.builder().action("PUT").value(AttributeValue.fromN("-3")).build()));
    }

    /** A legacy condition with the values its operator takes, on a number ({@code forNumber}) or on anything. */
    private Condition condition(String operator, boolean forNumber) {
        List<AttributeValue> values;
        switch (operator) {
            case "NOT_NULL":
            case "NULL":
                values = List.of();
                break;
            case "BETWEEN":
                values = List.of(AttributeValue.fromN("1"), AttributeValue.fromN("4"));
                break;
            case "IN":
                values = List.of(AttributeValue.fromN("1"), AttributeValue.fromN("-2"), AttributeValue.fromN("5"));
                break;
            case "BEGINS_WITH":
                values = List.of(forNumber ? AttributeValue.fromN("1") : AttributeValue.fromS("a"));
                break;
            default:
                values = List.of(forNumber || random.nextBoolean() ? AttributeValue.fromN("2")
                        : AttributeValue.fromS(pick("a", "x")));
        }
        return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
    }

    // ---- invalid requests

    private Operation invalid() {
        Map<String, AttributeValue> key = key(false);
        // Chosen here, not in the calls: each backend runs the call, and both must send the same request.
        boolean withMore = random.nextBoolean();
        String filtered = pick("sk", "n");
        switch (random.nextInt(14)) {
            case 0:
                return new Operation("GetItem missing table", c -> c.getItem(g -> g.tableName("missing").key(key)));
            case 1:
                return new Operation("PutItem key of wrong type", c -> c.putItem(p -> p.tableName(HASH_TABLE)
                        .item(Map.of("id", AttributeValue.fromN("1")))));
            case 2:
                return new Operation("PutItem without key", c -> c.putItem(p -> p.tableName(HASH_TABLE)
                        .item(Map.of("n", AttributeValue.fromN("1")))));
            case 3:
                return new Operation("UpdateItem undefined value", c -> c.updateItem(u -> u.tableName(HASH_TABLE)
                        .key(key).updateExpression("SET n = :missing")));
            case 4:
                return new Operation("GetItem reserved word", c -> c.getItem(g -> g.tableName(HASH_TABLE).key(key)
                        .projectionExpression("name")));
            case 5:
                return new Operation("PutItem unused value", c -> c.putItem(p -> p.tableName(HASH_TABLE)
                        .item(withAttributes(key)).conditionExpression("attribute_exists(id)")
                        .expressionAttributeValues(Map.of(":unused", AttributeValue.fromN("1")))));
            case 6:
                return new Operation("UpdateItem syntax error", c -> c.updateItem(u -> u.tableName(HASH_TABLE)
                        .key(key).updateExpression("SET n = = :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))));
            case 7:
                return new Operation("UpdateItem ADD to a string", c -> c.updateItem(u -> u.tableName(HASH_TABLE)
                        .key(key).updateExpression("SET s = :s ADD s :one")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("x"), ":one", AttributeValue.fromN("1")))));
            case 8:
                return new Operation("BatchGetItem duplicate keys", c -> c.batchGetItem(b -> b.requestItems(
                        Map.of(HASH_TABLE, KeysAndAttributes.builder().keys(key, key).build()))));
            case 10:
                return new Operation("Query QueryFilter on the sort key", c -> c.query(q -> q.tableName(RANGE_TABLE)
                        .keyConditions(Map.of("pk", eq(AttributeValue.fromS("p0"))))
                        .queryFilter(Map.of(filtered, eq(AttributeValue.fromN("1"))))));
            case 11:
                return new Operation("Query QueryFilter with KeyConditionExpression", c -> c.query(q -> q
                        .tableName(RANGE_TABLE).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("p0")))
                        .queryFilter(Map.of("n", eq(AttributeValue.fromN("1"))))
                        .attributesToGet(withMore ? List.of("n") : null)));
            case 12:
                return new Operation("UpdateItem legacy and expression parameters", c -> c.updateItem(u -> u
                        .tableName(HASH_TABLE).key(key).updateExpression("SET n = :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                        .expected(Map.of("n", ExpectedAttributeValue.builder().exists(false).build()))
                        .attributeUpdates(withMore ? Map.of("s", AttributeValueUpdate.builder()
                                .value(AttributeValue.fromS("x")).build()) : null)));
            case 13:
                return new Operation("Scan ScanFilter with ProjectionExpression", c -> c.scan(s -> s.tableName(HASH_TABLE)
                        .scanFilter(Map.of("n", eq(AttributeValue.fromN("1")))).projectionExpression("n")
                        .conditionalOperator(withMore ? "AND" : null)));
            default:
                return new Operation("TransactWriteItems one item twice", c -> c.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(HASH_TABLE).item(key)).build(),
                        TransactWriteItem.builder().delete(d -> d.tableName(HASH_TABLE).key(key)).build())));
        }
    }

    private static Condition eq(AttributeValue value) {
        return Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(value).build();
    }

    // ---- values

    private String table(boolean range) {
        return range ? RANGE_TABLE : HASH_TABLE;
    }

    private Map<String, AttributeValue> key(boolean range) {
        return range
                ? Map.of("pk", AttributeValue.fromS(pick(PKS)), "sk", AttributeValue.fromN(Integer.toString(random.nextInt(6))))
                : Map.of("id", AttributeValue.fromS(pick(IDS)));
    }

    /** Distinct keys, so that a batch or transaction is valid unless the test means it not to be. */
    private List<Map<String, AttributeValue>> keys(boolean range, int count) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        while (keys.size() < count) {
            Map<String, AttributeValue> key = key(range);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Map<String, AttributeValue> item(boolean range) {
        return withAttributes(key(range));
    }

    private Map<String, AttributeValue> withAttributes(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        if (random.nextBoolean()) {
            item.put("n", AttributeValue.fromN(Integer.toString(random.nextInt(21) - 10)));
        }
        if (random.nextBoolean()) {
            item.put("s", AttributeValue.fromS(pick(WORDS)));
        }
        if (random.nextInt(3) == 0) {
            item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS(pick(WORDS)))));
        }
        if (random.nextInt(3) == 0) {
            item.put("m", AttributeValue.fromM(Map.of("x", AttributeValue.fromN("2"), "y", AttributeValue.fromBool(true))));
        }
        if (random.nextInt(4) == 0) {
            item.put("ss", AttributeValue.fromSs(List.of("a", pick("b", "c"))));
        }
        if (key.containsKey("pk") && random.nextBoolean()) {
            item.put("g", AttributeValue.fromS(pick("x", "apple", "zebra")));
        }
        if (key.containsKey("pk") && random.nextInt(3) == 0) {
            item.put("h", AttributeValue.fromS(pick("x", "y")));
        }
        return item;
    }

    /** The expression values a generated expression refers to, and only those (unused ones are an error). */
    private Map<String, AttributeValue> valuesFor(String expression) {
        Map<String, AttributeValue> all = Map.of(
                ":one", AttributeValue.fromN("1"),
                ":zero", AttributeValue.fromN("0"),
                ":limit", AttributeValue.fromN("5"),
                ":low", AttributeValue.fromN("1"),
                ":high", AttributeValue.fromN("4"),
                ":word", AttributeValue.fromS(pick(WORDS)),
                ":flag", AttributeValue.fromBool(random.nextBoolean()),
                ":prefix", AttributeValue.fromS("a"),
                ":g", AttributeValue.fromS(pick("x", "apple", "zebra")),
                ":h", AttributeValue.fromS(pick("x", "y", "")));
        Map<String, AttributeValue> more = Map.of(
                ":empty", AttributeValue.fromL(List.of()),
                ":list", AttributeValue.fromL(List.of(AttributeValue.fromN("7"))),
                ":map", AttributeValue.fromM(Map.of("x", AttributeValue.fromN("3"))),
                ":set", AttributeValue.fromSs(List.of("a", "z")));
        Map<String, AttributeValue> used = new HashMap<>();
        all.forEach((name, value) -> putIfUsed(used, expression, name, value));
        more.forEach((name, value) -> putIfUsed(used, expression, name, value));
        return used;
    }

    private static <V> Map<String, V> orNull(Map<String, V> values) {
        return values.isEmpty() ? null : values;
    }

    private static void putIfUsed(Map<String, AttributeValue> used, String expression, String name, AttributeValue value) {
        if (expression.matches(".*" + name + "\\b.*")) {
            used.put(name, value);
        }
    }

    private String capacity() {
        return pick("NONE", "TOTAL", "INDEXES");
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
