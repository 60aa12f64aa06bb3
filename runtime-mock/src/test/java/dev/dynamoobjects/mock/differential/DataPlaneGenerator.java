package dev.dynamoobjects.mock.differential;

import static dev.dynamoobjects.mock.differential.DataPlaneSchema.HASH;
import static dev.dynamoobjects.mock.differential.DataPlaneSchema.RANGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Seeded requests aimed at the data plane's hardest corners, beyond {@link EdgeCaseGenerator}: update
 * expressions over nested lists and maps (indexes past the end, several REMOVEs of one list,
 * overlapping paths, ADD and DELETE on each kind of set, list_append and if_not_exists with bad
 * operands, arithmetic at 38 digits and past the number range), conditions and filters with every
 * function on every type, projections of nested and overlapping paths, reserved words, expression
 * and placeholder limits, unused and missing placeholders, items and keys at their size limits,
 * every ReturnValues on each write, and consumed capacity and item collection metrics around the
 * 1 KB and 4 KB boundaries on a table with global and local indexes.
 */
final class DataPlaneGenerator implements Supplier<Operation> {
    private static final String[] PKS = {"p0", "p1"};
    private static final String[] SKS = {"a", "b", "c"};
    /** Words DynamoDB reserves, used unescaped (the whole list lives in the engine's ReservedWords). */
    private static final String[] RESERVED = {"name", "status", "size", "data", "count", "value", "key", "year",
            "comment", "timestamp", "Connection", "ttl"};
    private static final String[] RETURNS = {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"};
    private static final String[] CAPACITY = {null, "NONE", "TOTAL", "INDEXES"};
    /** The expression length DynamoDB allows (4 KB). */
    private static final int MAX_EXPRESSION = 4096;
    /** DynamoDB's item size limit (400 KB) and its key limits (2048 bytes partition, 1024 bytes sort). */
    private static final int MAX_ITEM = 400 * 1024;

    private final Random random;
    private final OperationMix kinds;

    DataPlaneGenerator(long seed) {
        this.random = new Random(seed);
        this.kinds = new OperationMix(random);
        kinds.weigh(4, this::seed);
        kinds.weigh(14, this::update);
        kinds.weigh(6, this::conditioned);
        kinds.weigh(4, this::severalProblems);
        kinds.weigh(5, this::filter);
        kinds.weigh(4, this::projection);
        kinds.weigh(3, this::reserved);
        kinds.weigh(3, this::limits);
        kinds.weigh(2, this::sizeLimit);
        kinds.weigh(2, this::keySize);
        kinds.weigh(6, this::capacity);
        kinds.weigh(2, this::delete);
    }

    @Override
    public Operation get() {
        return kinds.get();
    }

    /** Reads both tables whole; the run ends with these to compare what each backend holds. */
    static List<Operation> finalScans() {
        return DataPlaneSchema.tables().stream().map(table -> new Operation("Scan " + table + " whole",
                client -> Reads.scanned(client, ScanRequest.builder().tableName(table).build()))).toList();
    }

    // ---- writes of the document every expression works on

    private Operation seed() {
        Map<String, AttributeValue> item = DataPlaneValues.fullItem(pick(PKS), pick(SKS));
        if (random.nextBoolean()) {
            item.put("g", AttributeValue.fromS(pick("g1", "g2")));
        }
        if (random.nextBoolean()) {
            item.put("k", AttributeValue.fromN(pick("1", "2")));
        }
        String returns = pick("NONE", "ALL_OLD", "ALL_OLD", "UPDATED_NEW");
        String capacity = pick(CAPACITY);
        String metrics = pick(null, "SIZE", "NONE");
        return new Operation("PutItem full " + item.get("pk").s() + "/" + item.get("sk").s() + " returns " + returns
                + " capacity " + capacity + " metrics " + metrics, c -> c.putItem(p -> p.tableName(RANGE).item(item)
                .returnValues(returns).returnConsumedCapacity(capacity).returnItemCollectionMetrics(metrics)));
    }

    private Map<String, AttributeValue> key() {
        return Map.of("pk", AttributeValue.fromS(pick(PKS)), "sk", AttributeValue.fromS(pick(SKS)));
    }

    private Operation update() {
        String update = pick(DataPlaneExpressions.UPDATES);
        String condition = random.nextInt(4) == 0 ? pick(DataPlaneExpressions.CONDITIONS) : null;
        return updateOf(update, condition, names(update, condition));
    }

    /** A write whose outcome is its condition: the failure returns the old item when asked to. */
    private Operation conditioned() {
        String condition = pick(DataPlaneExpressions.CONDITIONS);
        return updateOf("SET touched = :one", condition, names(condition));
    }

    private Operation updateOf(String update, String condition, Map<String, String> names) {
        Map<String, AttributeValue> key = key();
        Map<String, AttributeValue> values = placeholderNoise(DataPlaneValues.valuesFor(update, condition));
        String returns = random.nextInt(40) == 0 ? pick("ALL", "updated_new") : pick(RETURNS);
        String onFailure = pick(null, "NONE", "ALL_OLD");
        String capacity = pick(CAPACITY);
        String metrics = pick(null, "SIZE");
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(RANGE).key(key).updateExpression(update)
                .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValues(returns).returnValuesOnConditionCheckFailure(onFailure).returnConsumedCapacity(capacity)
                .returnItemCollectionMetrics(metrics).build();
        return new Operation("UpdateItem " + key.get("pk").s() + "/" + key.get("sk").s() + " " + update + " if "
                + condition + " names " + names + " values " + (values == null ? null : values.keySet()) + " returns "
                + returns + " onFailure " + onFailure + " capacity " + capacity + " metrics " + metrics,
                c -> c.updateItem(request));
    }

    /** An update with several problems, or one that writes into a key, with or without a condition. */
    private Operation severalProblems() {
        String update = pick(DataPlaneExpressions.PROBLEM_UPDATES);
        String condition = pick(DataPlaneExpressions.PROBLEM_CONDITIONS);
        Map<String, AttributeValue> values = new HashMap<>(DataPlaneValues.valuesFor(":n :s"));
        values.keySet().removeIf(name -> !update.contains(name) && (condition == null || !condition.contains(name)));
        Map<String, String> names = random.nextBoolean() ? Map.of("#y", "y") : null;
        Map<String, AttributeValue> key = key();
        String onFailure = pick(null, "ALL_OLD");
        return new Operation("UpdateItem " + key.get("pk").s() + "/" + key.get("sk").s() + " " + update + " if "
                + condition + " names " + names + " onFailure " + onFailure, c -> c.updateItem(u -> u.tableName(RANGE)
                .key(key).updateExpression(update).conditionExpression(condition).expressionAttributeNames(names)
                .expressionAttributeValues(values.isEmpty() ? null : values).returnValuesOnConditionCheckFailure(onFailure)
                .returnValues("ALL_NEW")));
    }

    /** Sometimes an unused placeholder more, sometimes a used one less. */
    private Map<String, AttributeValue> placeholderNoise(Map<String, AttributeValue> values) {
        int noise = random.nextInt(20);
        if (noise == 0) {
            Map<String, AttributeValue> more = values == null ? new HashMap<>() : new HashMap<>(values);
            more.put(":unused", AttributeValue.fromS("u"));
            return more;
        }
        if (noise == 1 && values != null) {
            Map<String, AttributeValue> less = new HashMap<>(values);
            less.remove(less.keySet().stream().sorted().findFirst().orElseThrow());
            return less.isEmpty() ? null : less;
        }
        return values;
    }

    /** The names placeholders map ({@code #r} is a reserved word), sometimes with an unused one, or null. */
    private Map<String, String> names(String... expressions) {
        Map<String, String> names = new HashMap<>();
        for (String expression : expressions) {
            if (expression != null && expression.contains("#r")) {
                names.put("#r", pick(RESERVED));
            }
        }
        if (random.nextInt(20) == 0) {
            names.put("#unused", "u");
        }
        return names.isEmpty() ? null : names;
    }

    private Operation delete() {
        Map<String, AttributeValue> key = key();
        String returns = pick("NONE", "ALL_OLD", "ALL_NEW", "UPDATED_OLD");
        String condition = random.nextBoolean() ? pick(DataPlaneExpressions.CONDITIONS) : null;
        Map<String, String> names = names(condition);
        Map<String, AttributeValue> values = DataPlaneValues.valuesFor(condition);
        String onFailure = pick(null, "ALL_OLD");
        String capacity = pick(CAPACITY);
        String metrics = pick(null, "SIZE");
        return new Operation("DeleteItem " + key + " if " + condition + " returns " + returns + " onFailure "
                + onFailure + " capacity " + capacity + " metrics " + metrics, c -> c.deleteItem(d -> d.tableName(RANGE).key(key)
                .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValues(returns).returnValuesOnConditionCheckFailure(onFailure).returnConsumedCapacity(capacity)
                .returnItemCollectionMetrics(metrics)));
    }

    // ---- reads

    private Operation filter() {
        String filter = pick(DataPlaneExpressions.CONDITIONS);
        Map<String, String> names = names(filter);
        Map<String, AttributeValue> values = DataPlaneValues.valuesFor(filter);
        String select = pick(null, "COUNT");
        String capacity = pick(CAPACITY);
        ScanRequest request = ScanRequest.builder().tableName(RANGE).filterExpression(filter)
                .expressionAttributeNames(names).expressionAttributeValues(values).select(select)
                .returnConsumedCapacity(capacity).build();
        return new Operation("Scan filter " + filter + " select " + select + " capacity " + capacity,
                c -> Reads.scanned(c, request));
    }

    private Operation projection() {
        String projection = pick(DataPlaneExpressions.PROJECTIONS);
        Map<String, String> names = names(projection);
        Map<String, AttributeValue> key = key();
        if (random.nextBoolean()) {
            return new Operation("GetItem " + key + " projecting " + projection, c -> c.getItem(g -> g
                    .tableName(RANGE).key(key).projectionExpression(projection).expressionAttributeNames(names)));
        }
        QueryRequest request = QueryRequest.builder().tableName(RANGE).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", key.get("pk"))).projectionExpression(projection)
                .expressionAttributeNames(names).build();
        return new Operation("Query " + key.get("pk") + " projecting " + projection, c -> Reads.pages(c, request));
    }

    /** A reserved word written unescaped, in each kind of expression. */
    private Operation reserved() {
        String word = pick(RESERVED);
        Map<String, AttributeValue> key = key();
        switch (random.nextInt(4)) {
            case 0:
                return new Operation("UpdateItem SET " + word, c -> c.updateItem(u -> u.tableName(RANGE).key(key)
                        .updateExpression("SET " + word + " = :n").expressionAttributeValues(DataPlaneValues.valuesFor(":n"))));
            case 1:
                return new Operation("UpdateItem if " + word, c -> c.updateItem(u -> u.tableName(RANGE).key(key)
                        .updateExpression("SET x = :n").conditionExpression("attribute_not_exists(m." + word + ")")
                        .expressionAttributeValues(DataPlaneValues.valuesFor(":n"))));
            case 2:
                return new Operation("GetItem projecting " + word, c -> c.getItem(g -> g.tableName(RANGE).key(key)
                        .projectionExpression("s, l[0]." + word)));
            default:
                return new Operation("Query filter " + word, c -> c.query(q -> q.tableName(RANGE)
                        .keyConditionExpression("pk = :p").filterExpression(word + " > :n")
                        .expressionAttributeValues(Map.of(":p", key.get("pk"), ":n", AttributeValue.fromN("1")))));
        }
    }

    /** Expressions at and past their length limit, long placeholders, IN with 100 and 101 operands, deep parentheses. */
    private Operation limits() {
        Map<String, AttributeValue> key = key();
        switch (random.nextInt(5)) {
            case 0: {
                int length = MAX_EXPRESSION + pick(-1, 0, 1);
                String prefix = "attribute_not_exists(";
                String condition = prefix + "x".repeat(length - prefix.length() - 1) + ")";
                return new Operation("UpdateItem condition of " + length + " characters", c -> c.updateItem(u -> u
                        .tableName(RANGE).key(key).updateExpression("SET x = :n").conditionExpression(condition)
                        .expressionAttributeValues(DataPlaneValues.valuesFor(":n"))));
            }
            case 1: {
                int length = MAX_EXPRESSION + pick(-1, 0, 1);
                String prefix = "SET x = :n" + " ".repeat(length - "SET x = :n".length());
                return new Operation("UpdateItem update of " + length + " characters", c -> c.updateItem(u -> u
                        .tableName(RANGE).key(key).updateExpression(prefix)
                        .expressionAttributeValues(DataPlaneValues.valuesFor(":n"))));
            }
            case 2: {
                int count = pick(99, 100, 101);
                String in = "n IN (" + IntStream.range(0, count).mapToObj(i -> ":i" + i)
                        .collect(Collectors.joining(", ")) + ")";
                ScanRequest request = ScanRequest.builder().tableName(RANGE).filterExpression(in)
                        .expressionAttributeValues(DataPlaneValues.valuesFor(in)).build();
                return new Operation("Scan filter IN of " + count + " operands", c -> Reads.scanned(c, request));
            }
            case 3: {
                int depth = pick(30, 31, 32, 33, 100);
                String filter = "(".repeat(depth) + "n = :n" + ")".repeat(depth);
                ScanRequest request = ScanRequest.builder().tableName(RANGE).filterExpression(filter)
                        .expressionAttributeValues(DataPlaneValues.valuesFor(":n")).build();
                return new Operation("Scan filter in " + depth + " parentheses", c -> Reads.scanned(c, request));
            }
            default: {
                int length = pick(1, 254, 255, 256, 1000);
                String name = "#" + "a".repeat(length);
                String value = ":" + "v".repeat(length);
                return new Operation("UpdateItem placeholders of " + length + " characters", c -> c.updateItem(u -> u
                        .tableName(RANGE).key(key).updateExpression("SET " + name + " = " + value)
                        .expressionAttributeNames(Map.of(name, "x"))
                        .expressionAttributeValues(Map.of(value, AttributeValue.fromN("1")))));
            }
        }
    }

    /** Items exactly at, just under and just over 400 KB; some with a number, whose size has its own rule. */
    private Operation sizeLimit() {
        int size = MAX_ITEM + pick(-1, 0, 1, 2);
        Map<String, AttributeValue> item = DataPlaneValues.sized("p9", "big", size);
        String number = pick(null, "1", "12", "123", DataPlaneValues.BIG, "-" + DataPlaneValues.BIG, "1E+125",
                "0.000001", "100000000000");
        if (number != null) {
            item.put("q", AttributeValue.fromN(number));
            String pad = item.get("p").s();
            item.put("p", AttributeValue.fromS(pad.substring(Math.min(pad.length(), 1 + number.length() / 2 + 1))));
        }
        boolean update = random.nextInt(3) == 0;
        return new Operation("PutItem of " + size + " bytes with number " + number + (update ? " then update" : ""),
                c -> update ? putThenGrow(c, item) : c.putItem(p -> p.tableName(RANGE).item(item)
                        .returnConsumedCapacity("TOTAL")));
    }

    /** An item put, then one byte more added by an update: the size limit applies to the item updated. */
    private static Object putThenGrow(software.amazon.awssdk.services.dynamodb.DynamoDbClient c,
            Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        List<Object> outcomes = new ArrayList<>();
        outcomes.add(Outcomes.of(c, client -> client.putItem(p -> p.tableName(RANGE).item(item))));
        outcomes.add(Outcomes.of(c, client -> client.updateItem(u -> u.tableName(RANGE).key(key)
                .updateExpression("SET y = :s").expressionAttributeValues(DataPlaneValues.valuesFor(":s"))
                .returnConsumedCapacity("TOTAL"))));
        return outcomes;
    }

    /** Keys at, and one byte past, their limits, in one- and two-byte characters. */
    private Operation keySize() {
        boolean sortKey = random.nextBoolean();
        int limit = sortKey ? 1024 : 2048;
        boolean wide = random.nextBoolean();
        int bytes = limit + pick(0, 0, 1, 2);
        String value = wide ? "é".repeat(bytes / 2) + "x".repeat(bytes % 2) : "k".repeat(bytes);
        Map<String, AttributeValue> item = sortKey
                ? Map.of("pk", AttributeValue.fromS("p0"), "sk", AttributeValue.fromS(value))
                : Map.of("pk", AttributeValue.fromS(value), "sk", AttributeValue.fromS("a"));
        String how = pick("PutItem", "GetItem", "UpdateItem", "Query");
        return new Operation(how + " " + (sortKey ? "sort" : "partition") + " key of " + bytes + " bytes"
                + (wide ? " in two-byte characters" : ""), c -> switch (how) {
                    case "PutItem" -> c.putItem(p -> p.tableName(RANGE).item(item));
                    case "GetItem" -> c.getItem(g -> g.tableName(RANGE).key(item));
                    case "UpdateItem" -> c.updateItem(u -> u.tableName(RANGE).key(item).updateExpression("SET x = :n")
                            .expressionAttributeValues(DataPlaneValues.valuesFor(":n")).returnValues("ALL_NEW"));
                    default -> c.query(q -> q.tableName(RANGE).keyConditionExpression("pk = :p AND sk >= :s")
                            .expressionAttributeValues(Map.of(":p", item.get("pk"), ":s", item.get("sk"))));
                });
    }

    // ---- consumed capacity and item collection metrics

    /** Writes and reads of items around 1 KB and 4 KB, with and without index keys, asking for capacity. */
    private Operation capacity() {
        int size = pick(1024, 4096, 2048, 8192) + pick(-2, -1, 0, 1, 2);
        String pk = pick(PKS);
        String sk = pick("c1", "c2");
        Map<String, AttributeValue> item = DataPlaneValues.sized(pk, sk, size);
        int indexed = random.nextInt(4);
        if ((indexed & 1) != 0) {
            item.put("g", AttributeValue.fromS("gg"));
            item.put("p", AttributeValue.fromS(item.get("p").s().substring(5)));
        }
        if ((indexed & 2) != 0) {
            item.put("n", AttributeValue.fromN("7"));
            item.put("p", AttributeValue.fromS(item.get("p").s().substring(3)));
        }
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        String capacity = pick("TOTAL", "INDEXES");
        String metrics = pick(null, "SIZE");
        String label = " of " + size + " bytes, index keys " + indexed + ", capacity " + capacity + " metrics " + metrics;
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                return new Operation("PutItem" + label, c -> c.putItem(p -> p.tableName(RANGE).item(item)
                        .returnValues("ALL_OLD").returnConsumedCapacity(capacity).returnItemCollectionMetrics(metrics)));
            case 2:
                String update = pick("SET g = :s", "REMOVE g", "SET n = :n", "REMOVE n, g", "SET y = :s", "SET k = :n");
                String returns = pick(RETURNS);
                return new Operation("UpdateItem " + update + " returns " + returns + label, c -> c.updateItem(u -> u.tableName(RANGE).key(key)
                        .updateExpression(update).expressionAttributeValues(DataPlaneValues.valuesFor(update))
                        .returnValues(returns).returnConsumedCapacity(capacity).returnItemCollectionMetrics(metrics)));
            case 3:
                return new Operation("DeleteItem" + label, c -> c.deleteItem(d -> d.tableName(RANGE).key(key)
                        .returnConsumedCapacity(capacity).returnItemCollectionMetrics(metrics)));
            case 4:
                boolean consistent = random.nextBoolean();
                return new Operation("GetItem" + label + " consistent " + consistent, c -> c.getItem(g -> g
                        .tableName(RANGE).key(key).consistentRead(consistent).returnConsumedCapacity(capacity)));
            default:
                String index = pick(null, "by_n", "by_g");
                QueryRequest request = QueryRequest.builder().tableName(RANGE).indexName(index)
                        .keyConditionExpression("by_g".equals(index) ? "g = :p" : "pk = :p")
                        .expressionAttributeValues(Map.of(":p", "by_g".equals(index) ? AttributeValue.fromS("gg")
                                : item.get("pk"))).returnConsumedCapacity(capacity).build();
                // Items of one index key value have no defined order: compared as a set.
                return new Operation("Query " + index + label, c -> index == null ? Reads.pages(c, request)
                        : Reads.pages(c, request).stream().map(page -> Outcomes.canonical(page.toBuilder()
                        .items(List.of()).build(), false) + Outcomes.canonical(page.items(), true)).toList());
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
