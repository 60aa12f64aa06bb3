package dev.dynamoobjects.mock.differential;

import static dev.dynamoobjects.mock.differential.EdgeSchema.BINARY;
import static dev.dynamoobjects.mock.differential.EdgeSchema.BY_G;
import static dev.dynamoobjects.mock.differential.EdgeSchema.BY_N;
import static dev.dynamoobjects.mock.differential.EdgeSchema.BY_T;
import static dev.dynamoobjects.mock.differential.EdgeSchema.HASH;
import static dev.dynamoobjects.mock.differential.EdgeSchema.RANGE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Seeded requests aimed at the edges where emulators go wrong, beyond {@link OperationGenerator}'s
 * everyday mix: numbers at DynamoDB's limits and in every spelling (keys included, so that
 * {@code 1.0} and {@code 1} must be the same item), binary keys and binary operands in every
 * operator, deep nesting of expressions and documents, every enumerated parameter with bad values,
 * several bad parameters at once, document paths into index keys, overlapping projections and
 * update paths, Limit boundaries, parallel scans, and transactions and batches with an invalid item.
 */
final class EdgeCaseGenerator implements Supplier<Operation> {
    private static final String[] PKS = {"p0", "p1"};
    private static final String[] OPERATORS = {"=", "<>", "<", "<=", ">", ">="};

    private final Random random;
    private final EdgeValues values;
    private final OperationMix kinds;

    EdgeCaseGenerator(long seed) {
        this.random = new Random(seed);
        this.kinds = new OperationMix(random);
        this.values = new EdgeValues(random);
        kinds.weigh(10, this::putRange);
        kinds.weigh(4, this::putHash);
        kinds.weigh(6, this::putBinary);
        kinds.weigh(6, this::queryRange);
        kinds.weigh(5, this::queryBinary);
        kinds.weigh(3, this::queryIndex);
        kinds.weigh(3, this::compareOperands);
        kinds.weigh(5, this::update);
        kinds.weigh(2, this::nesting);
        kinds.weigh(3, this::badEnum);
        kinds.weigh(2, this::severalBad);
        kinds.weigh(3, this::indexKeyPath);
        kinds.weigh(3, this::overlappingProjection);
        kinds.weigh(2, this::parallelScan);
        kinds.weigh(3, this::transaction);
        kinds.weigh(2, this::batchWrite);
        kinds.weigh(2, this::getByNumberSpelling);
    }

    @Override
    public Operation get() {
        return kinds.get();
    }

    /** Reads every table whole; the run ends with these to compare what each backend holds. */
    static List<Operation> finalScans() {
        List<Operation> scans = new ArrayList<>();
        for (String table : List.of(HASH, RANGE, BINARY)) {
            ScanRequest request = ScanRequest.builder().tableName(table).build();
            scans.add(new Operation("Scan " + table + " whole", client -> Reads.scanned(client, request)));
        }
        return scans;
    }

    // ---- writes

    private Operation putRange() {
        Map<String, AttributeValue> item = rangeItem();
        String condition = values.pick("", "", "attribute_not_exists(sk)", "n < :v", "size(s) > :v");
        Map<String, AttributeValue> expressionValues = condition.contains(":v")
                ? Map.of(":v", AttributeValue.fromN(values.validNumber())) : null;
        return new Operation("PutItem " + item + " if " + condition, client -> client.putItem(p -> p.tableName(RANGE)
                .item(item).returnValues("ALL_OLD").conditionExpression(condition.isEmpty() ? null : condition)
                .expressionAttributeValues(expressionValues)));
    }

    private Map<String, AttributeValue> rangeItem() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(random.nextInt(20) == 0 ? "" : values.pick(PKS)));
        item.put("sk", AttributeValue.fromN(random.nextInt(8) == 0 ? values.number() : values.validNumber()));
        if (random.nextBoolean()) {
            item.put("n", AttributeValue.fromN(values.number()));
        }
        if (random.nextInt(3) == 0) {
            item.put("g", random.nextInt(6) == 0 ? AttributeValue.fromN("1") : AttributeValue.fromS(values.string()));
        }
        if (random.nextInt(3) == 0) {
            item.put("t", AttributeValue.fromN(values.validNumber()));
        }
        if (random.nextBoolean()) {
            item.put("s", AttributeValue.fromS(values.string()));
        }
        if (random.nextBoolean()) {
            item.put("v", values.any(0));
        }
        return item;
    }

    private Operation putHash() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS(values.pick("a", "b", "c", "é", "\uD83D\uDE00")));
        int depth = values.pick(2, 30, 31, 32, 33, 40);
        item.put("deep", EdgeValues.nested(depth));
        item.put("v", values.any(0));
        if (random.nextBoolean()) {
            item.put(values.pick("", "a.b", "#x", "name", "x".repeat(255), "x".repeat(65536)), AttributeValue.fromS("y"));
        }
        return new Operation("PutItem " + HASH + " depth " + depth + " names of " + item.keySet().stream()
                .map(String::length).toList() + " characters",
                client -> client.putItem(p -> p.tableName(HASH).item(item).returnValues("ALL_OLD")));
    }

    private Operation putBinary() {
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromB(random.nextInt(20) == 0
                ? values.anyBytes() : values.bytes()), "sk", AttributeValue.fromB(values.anyBytes()),
                "b", AttributeValue.fromB(values.anyBytes()));
        return new Operation("PutItem " + BINARY + " " + item,
                client -> client.putItem(p -> p.tableName(BINARY).item(item).returnValues("ALL_OLD")));
    }

    private Operation update() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(values.pick(PKS)),
                "sk", AttributeValue.fromN(values.validNumber()));
        String expression = values.pick("SET l = :l", "SET l[5] = :a", "SET l[84] = :a, l[37] = :b, l[17] = :c",
                "REMOVE l[0], l[1]", "SET n = n + :a", "SET n = :a - n", "ADD n :a", "ADD ns :ns", "DELETE ns :ns",
                "SET l = list_append(l, :l)", "SET l = list_append(list_append(l, :l), :l)",
                "SET s = if_not_exists(s, :a)", "SET s = if_not_exists(s, :a + :b)", "SET m.x = :a, m = :b",
                "SET m = :m, m.x.y = :a", "SET #a = :a", "REMOVE n SET n = :a", "SET l[0] = :a REMOVE l[0]",
                "SET g = :a", "SET t = :a", "REMOVE t", "SET sk = :a", "ADD l :a", "SET _123 = :a", "SET m.#n = :a",
                "SET v = :a ADD v :b", "DELETE v :ns", "SET n = size(l)", "SET l[0] = :a, l[0].x = :b");
        Map<String, AttributeValue> expressionValues = new HashMap<>();
        expressionValues.put(":a", random.nextBoolean() ? AttributeValue.fromN(values.number()) : values.any(0));
        expressionValues.put(":b", AttributeValue.fromN(values.validNumber()));
        expressionValues.put(":c", AttributeValue.fromS(values.string()));
        expressionValues.put(":l", AttributeValue.fromL(List.of(values.any(1))));
        expressionValues.put(":ns", AttributeValue.fromNs(values.some(2, EdgeValues.NUMBERS)));
        expressionValues.put(":m", AttributeValue.fromM(Map.of("x", AttributeValue.fromM(Map.of()))));
        expressionValues.keySet().removeIf(name -> !expression.contains(name));
        Map<String, String> names = expression.contains("#") ? Map.of("#a", "a", "#n", "n") : null;
        Map<String, String> usedNames = names == null ? null : new HashMap<>(names);
        if (usedNames != null) {
            usedNames.keySet().removeIf(name -> !expression.contains(name));
        }
        String returns = values.pick("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
        return new Operation("UpdateItem " + key + " " + expression + " " + expressionValues + " " + returns,
                client -> client.updateItem(u -> u.tableName(RANGE).key(key).updateExpression(expression)
                        .expressionAttributeValues(expressionValues.isEmpty() ? null : expressionValues)
                        .expressionAttributeNames(usedNames).returnValues(returns)));
    }

    // ---- reads

    private Operation queryRange() {
        String low = values.number();
        String high = values.number();
        String range = values.pick("", " AND sk = :low", " AND sk < :low", " AND sk >= :low",
                " AND sk BETWEEN :low AND :high", " AND begins_with(sk, :low)");
        String filter = values.pick(null, null, "n > :low", "attribute_type(v, :type)", "size(v) >= :one",
                "contains(v, :c)", "v IN (:low, :c, :one)");
        Map<String, AttributeValue> expressionValues = new HashMap<>(Map.of(":pk", AttributeValue.fromS(values.pick(PKS)),
                ":low", AttributeValue.fromN(low), ":high", AttributeValue.fromN(high), ":one", AttributeValue.fromN("1"),
                ":type", AttributeValue.fromS(values.pick("N", "S", "B", "L", "M", "NULL", "BOOL", "SS", "NS", "BS", "X")),
                ":c", values.any(1)));
        String all = range + " " + filter;
        expressionValues.keySet().removeIf(name -> !name.equals(":pk") && !all.contains(name));
        QueryRequest request = QueryRequest.builder().tableName(RANGE).keyConditionExpression("pk = :pk" + range)
                .filterExpression(filter).expressionAttributeValues(expressionValues)
                .scanIndexForward(random.nextBoolean()).limit(values.pick(null, 1, 2, 3, 5, 8))
                .select(values.pick(null, "COUNT", "ALL_ATTRIBUTES"))
                .projectionExpression(random.nextInt(4) == 0 ? values.pick("sk", "sk, n", "v[0]", "v.x") : null)
                .build();
        return new Operation("Query " + request, client -> Reads.pages(client, request));
    }

    private Operation queryBinary() {
        String range = values.pick("", " AND sk = :b", " AND sk > :b", " AND sk <= :b", " AND sk BETWEEN :b AND :c",
                " AND begins_with(sk, :b)", " AND sk BETWEEN :b AND :n", " AND sk < :n");
        String filter = values.pick(null, null, "b > :b", "b BETWEEN :b AND :c", "begins_with(b, :b)",
                "contains(b, :b)", "b IN (:b, :c)", "b < :n", "b BETWEEN :n AND :b");
        Map<String, AttributeValue> expressionValues = new HashMap<>(Map.of(":pk", AttributeValue.fromB(values.bytes()),
                ":b", AttributeValue.fromB(values.anyBytes()), ":c", AttributeValue.fromB(values.anyBytes()),
                ":n", AttributeValue.fromN("1")));
        String all = range + " " + filter;
        expressionValues.keySet().removeIf(name -> !name.equals(":pk") && !all.contains(name));
        QueryRequest request = QueryRequest.builder().tableName(BINARY).keyConditionExpression("pk = :pk" + range)
                .filterExpression(filter).expressionAttributeValues(expressionValues)
                .scanIndexForward(random.nextBoolean()).limit(values.pick(null, 1, 2, 4)).build();
        return new Operation("Query " + request, client -> Reads.pages(client, request));
    }

    /** Index queries with every key type; their items are compared as a set (ties have no defined order). */
    private Operation queryIndex() {
        String index = values.pick(BY_G, BY_T, BY_N);
        String key = index.equals(BY_G) ? "g = :k" + values.pick("", " AND sk > :low", " AND sk BETWEEN :low AND :high")
                : index.equals(BY_T) ? "t = :k" : "pk = :k" + values.pick("", " AND n < :low", " AND n >= :high");
        AttributeValue keyValue = index.equals(BY_G) ? AttributeValue.fromS(values.string())
                : index.equals(BY_T) ? AttributeValue.fromN(values.number()) : AttributeValue.fromS(values.pick(PKS));
        Map<String, AttributeValue> expressionValues = new HashMap<>(Map.of(":k", keyValue,
                ":low", AttributeValue.fromN(values.validNumber()), ":high", AttributeValue.fromN(values.validNumber())));
        expressionValues.keySet().removeIf(name -> !key.contains(name));
        String projection = values.pick(null, null, "pk, sk", "s", "v", "n, t");
        QueryRequest request = QueryRequest.builder().tableName(RANGE).indexName(index).keyConditionExpression(key)
                .expressionAttributeValues(expressionValues).projectionExpression(projection)
                .limit(values.pick(null, 1, 3)).build();
        return new Operation("Query index " + request, client -> {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            Reads.pages(client, request).forEach(page -> items.addAll(page.items()));
            return Outcomes.canonical(items, true);
        });
    }

    /** A condition comparing operands of any two types, binaries included, in every operator. */
    private Operation compareOperands() {
        AttributeValue left = values.any(2);
        AttributeValue right = values.any(2);
        String condition = values.pick(
                ":l " + values.pick(OPERATORS) + " :r", ":l BETWEEN :r AND :l", "v BETWEEN :l AND :r",
                "v " + values.pick(OPERATORS) + " :r", "v IN (:l, :r)", "begins_with(v, :r)", "contains(v, :r)",
                "size(v) " + values.pick(OPERATORS) + " :r", "attribute_type(v, :r)", "attribute_type(:l, :r)",
                "contains(:l, :r)", "begins_with(:l, v)");
        Map<String, AttributeValue> expressionValues = new HashMap<>(Map.of(":l", left, ":r", right));
        expressionValues.keySet().removeIf(name -> !condition.contains(name));
        return new Operation("DeleteItem of a missing item if " + condition + " " + expressionValues,
                client -> Outcomes.canonical(client.deleteItem(d -> d.tableName(HASH)
                        .key(Map.of("id", AttributeValue.fromS("never"))).conditionExpression(condition)
                        .expressionAttributeValues(expressionValues)), false)
                        + " and " + client.scan(s -> s.tableName(HASH).filterExpression(condition)
                        .expressionAttributeValues(expressionValues)).count() + " matched");
    }

    private Operation nesting() {
        int depth = values.pick(1, 5, 50, 200, 300, 1000, 2047);
        String kind = values.pick("parentheses", "not", "and", "path");
        String condition;
        switch (kind) {
            case "parentheses":
                condition = "(".repeat(depth) + "attribute_exists(id)" + ")".repeat(depth);
                break;
            case "not":
                condition = "NOT ".repeat(Math.min(depth, 1000)) + "attribute_exists(id)";
                break;
            case "and":
                condition = String.join(" AND ", java.util.Collections.nCopies(Math.min(depth, 300), "attribute_exists(id)"));
                break;
            default:
                condition = "attribute_exists(" + "a.".repeat(Math.min(depth, 1000)) + "b)";
        }
        return new Operation("Scan nesting " + kind + " " + depth,
                client -> client.scan(s -> s.tableName(HASH).filterExpression(condition)).count());
    }

    private Operation getByNumberSpelling() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(values.pick(PKS)),
                "sk", AttributeValue.fromN(values.number()));
        return new Operation("GetItem " + key, client -> client.getItem(g -> g.tableName(RANGE).key(key)));
    }

    // ---- invalid parameters

    private Operation badEnum() {
        String bad = values.pick("BAD", "", "all_attributes", "NONE ");
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("a"));
        switch (random.nextInt(8)) {
            case 0:
                return new Operation("Scan select " + bad, c -> Reads.scanned(c, ScanRequest.builder().tableName(HASH).select(bad).build()));
            case 1:
                return new Operation("GetItem capacity " + bad,
                        c -> c.getItem(g -> g.tableName(HASH).key(key).returnConsumedCapacity(bad)));
            case 2:
                String returns = values.pick(bad, "ALL_NEW", "UPDATED_OLD");
                return new Operation("PutItem returnValues " + returns,
                        c -> c.putItem(p -> p.tableName(HASH).item(key).returnValues(returns)));
            case 3:
                return new Operation("DeleteItem onFailure " + bad, c -> c.deleteItem(d -> d.tableName(HASH).key(key)
                        .conditionExpression("attribute_exists(id)").returnValuesOnConditionCheckFailure(bad)));
            case 4:
                return new Operation("PutItem metrics " + bad,
                        c -> c.putItem(p -> p.tableName(HASH).item(key).returnItemCollectionMetrics(bad)));
            case 5:
                return new Operation("Scan conditionalOperator " + bad, c -> Reads.scanned(c, ScanRequest.builder()
                        .tableName(HASH).conditionalOperator(bad).build()));
            case 6:
                return new Operation("Scan comparison " + bad, c -> c.scan(s -> s.tableName(HASH).scanFilter(Map.of("v",
                        software.amazon.awssdk.services.dynamodb.model.Condition.builder().comparisonOperator(bad)
                                .attributeValueList(AttributeValue.fromN("1")).build()))));
            default:
                return new Operation("Query select COUNT with projection", c -> c.query(q -> q.tableName(RANGE)
                        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p0")))
                        .select("COUNT").projectionExpression("n")));
        }
    }

    /** Requests with several invalid parameters at once: DynamoDB reports them together. */
    private Operation severalBad() {
        String table = values.pick("ab", "bad name!", "x".repeat(256), HASH, "missing_table");
        Integer limit = values.pick(0, -1, 1, null);
        Integer segments = values.pick(null, 0, 1, 1000001);
        Integer segment = values.pick(null, 0, -1, 3);
        String select = values.pick(null, "BAD", "COUNT");
        return new Operation("Scan " + table + " limit " + limit + " segment " + segment + "/" + segments + " select "
                + select, c -> Reads.scanned(c, ScanRequest.builder().tableName(table).limit(limit)
                .totalSegments(segments).segment(segment).select(select).build()));
    }

    /** Paths into attributes that key the table or one of its indexes, which DynamoDB refuses. */
    private Operation indexKeyPath() {
        String attribute = values.pick(EdgeSchema.RANGE_KEYS.toArray(new String[0]));
        String path = attribute + values.pick("[0]", ".x", "[1].y", "");
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("p0"), "sk", AttributeValue.fromN("1"));
        switch (random.nextInt(4)) {
            case 0:
                return new Operation("GetItem projecting " + path,
                        c -> c.getItem(g -> g.tableName(RANGE).key(key).projectionExpression(path)));
            case 1:
                return new Operation("Scan filter " + path, c -> Reads.scanned(c, ScanRequest.builder().tableName(RANGE)
                        .filterExpression("attribute_exists(" + path + ")").build()));
            case 2:
                return new Operation("UpdateItem condition " + path, c -> c.updateItem(u -> u.tableName(RANGE).key(key)
                        .updateExpression("SET z = :z").conditionExpression("attribute_not_exists(" + path + ")")
                        .expressionAttributeValues(Map.of(":z", AttributeValue.fromN("1")))));
            default:
                return new Operation("UpdateItem SET " + path, c -> c.updateItem(u -> u.tableName(RANGE).key(key)
                        .updateExpression("SET " + path + " = :z")
                        .expressionAttributeValues(Map.of(":z", AttributeValue.fromS("1")))));
        }
    }

    private Operation overlappingProjection() {
        String projection = values.pick("v, v", "v, v.x", "v.x, v", "v[0], v", "v[0], v[0]", "v.x.y, v.x",
                "v[0].x, v[0]", "v[1], v[0]", "s, v[0], v.x", "#v, v", "v[0][1], v[0][1]");
        Map<String, String> names = projection.contains("#v") ? Map.of("#v", "v") : null;
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(values.pick(PKS)),
                "sk", AttributeValue.fromN(values.validNumber()));
        return new Operation("GetItem projecting " + projection, c -> c.getItem(g -> g.tableName(RANGE).key(key)
                .projectionExpression(projection).expressionAttributeNames(names)));
    }

    /** Every segment of a parallel scan, read to the end; their union is compared as a set. */
    private Operation parallelScan() {
        int segments = values.pick(1, 2, 3, 4);
        Integer limit = values.pick(null, 1, 2);
        String table = values.pick(HASH, RANGE, BINARY);
        return new Operation("Scan " + table + " in " + segments + " segments, limit " + limit, c -> {
            List<String> parts = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                parts.add(Reads.scanned(c, ScanRequest.builder().tableName(table).limit(limit)
                        .totalSegments(segments).segment(segment).build()));
            }
            return itemsOf(parts);
        });
    }

    /** The items of several scans together: which segment holds an item depends on each backend's hash. */
    private static String itemsOf(List<String> scans) {
        List<String> items = new ArrayList<>();
        for (String scan : scans) {
            String list = scan.substring(scan.indexOf(" items [") + 8, scan.length() - 1);
            if (!list.isEmpty()) {
                items.addAll(List.of(list.split(", (?=\\{)")));
            }
        }
        items.sort(Comparator.comparing(KnownDifference::canonicalNumbers));
        return items.toString();
    }

    // ---- transactions and batches with an invalid item

    private Operation transaction() {
        List<TransactWriteItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = rangeItem();
            item.put("pk", AttributeValue.fromS(PKS[i % PKS.length]));
            item.put("sk", AttributeValue.fromN(Integer.toString(100 + i)));
            items.add(random.nextInt(4) == 0 ? invalidTransactItem(item)
                    : TransactWriteItem.builder().put(p -> p.tableName(RANGE).item(item)).build());
        }
        return new Operation("TransactWriteItems " + items, c -> c.transactWriteItems(t -> t.transactItems(items)));
    }

    private TransactWriteItem invalidTransactItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        switch (random.nextInt(5)) {
            case 0:
                item.put("g", AttributeValue.fromN("1"));
                return TransactWriteItem.builder().put(p -> p.tableName(RANGE).item(item)).build();
            case 1:
                return TransactWriteItem.builder().update(u -> u.tableName(RANGE).key(key).updateExpression("SET t = :s")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("x")))).build();
            case 2:
                return TransactWriteItem.builder().update(u -> u.tableName(RANGE).key(key).updateExpression("SET = :s")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("x")))).build();
            case 3:
                return TransactWriteItem.builder().delete(d -> d.tableName(RANGE).key(Map.of("pk", item.get("pk"))))
                        .build();
            default:
                return TransactWriteItem.builder().conditionCheck(k -> k.tableName("missing_table").key(key)
                        .conditionExpression("attribute_exists(pk)")).build();
        }
    }

    private Operation batchWrite() {
        List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> writes = new ArrayList<>();
        int count = values.pick(1, 3, 25, 26);
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = rangeItem();
            item.put("sk", AttributeValue.fromN(Integer.toString(200 + i)));
            writes.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                    .putRequest(p -> p.item(item)).build());
        }
        return new Operation("BatchWriteItem " + count + " " + writes,
                c -> c.batchWriteItem(b -> b.requestItems(Map.of(RANGE, writes))).unprocessedItems());
    }
}
