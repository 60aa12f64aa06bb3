package dev.dynamoobjects.mock.differential;

import dev.dynamoobjects.mock.differential.RawJson.Literal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seeded raw requests over {@link Schema}'s tables: every operation with a valid body, and then, one
 * at a time, the mutations a hand-written client can make and an SDK never does: JSON of the wrong
 * type, absent or unknown members, AttributeValues with no type, several types, bad numbers, bad
 * base64, null or duplicate set members, Limit out of range, malformed or truncated bodies, and
 * wrong targets, content types, methods and encodings.
 */
final class RawRequestGenerator implements Supplier<RawRequest> {
    private static final String SCRATCH_TABLE = "diff_scratch";
    private static final Set<String> CONTROL_PLANE = Set.of("CreateTable", "DeleteTable");
    private static final String[] HASH_IDS = {"a", "b", "c", "d"};
    private static final String[] PARTITIONS = {"p", "q"};
    private static final String[] BAD_NUMBERS = {"1e500", "-1e500", "1e-500", "0x10", " 1", "1 ", "", "1.", ".5",
        "+1", "--1", "NaN", "Infinity", "1,5", "123456789012345678901234567890123456789", "1e", "٣"};
    private static final String[] BAD_BASE64 = {"abc", "A", "=+/=", "+/+=", "ab!d", "AAA=A===", "YQ", " YQ==", "YQ==\n"};
    private static final Object[] WRONG_JSON = {new Literal("5"), new Literal("1.5"), "x", true, false,
        List.of(), new LinkedHashMap<>(), null};
    private static final String[] LIMITS = {"0", "-1", "1", "100", "2147483647", "2147483648", "99999999999", "1.5",
        "1e2", "-0.5", "\"5\"", "true", "[]", "{}", "null"};

    private final Random random;
    /** The AttributeValue maps of the request being built, for the value mutations to pick from. */
    private final List<Map<String, Object>> values = new ArrayList<>();
    private final List<Generated> operations = List.of(
            new Generated("PutItem", this::putItem), new Generated("GetItem", this::getItem),
            new Generated("UpdateItem", this::updateItem), new Generated("DeleteItem", this::deleteItem),
            new Generated("Query", this::query), new Generated("Scan", this::scan),
            new Generated("BatchGetItem", this::batchGetItem), new Generated("BatchWriteItem", this::batchWriteItem),
            new Generated("TransactGetItems", this::transactGetItems),
            new Generated("TransactWriteItems", this::transactWriteItems),
            new Generated("ExecuteStatement", this::executeStatement),
            new Generated("BatchExecuteStatement", this::batchExecuteStatement),
            new Generated("ExecuteTransaction", this::executeTransaction),
            new Generated("DescribeTable", this::describeTable), new Generated("ListTables", this::listTables),
            new Generated("DescribeTimeToLive", this::describeTable), new Generated("DescribeLimits", LinkedHashMap::new),
            new Generated("CreateTable", this::createScratchTable), new Generated("DeleteTable", this::deleteScratchTable),
            new Generated("DescribeEndpoints", LinkedHashMap::new),
            new Generated("DescribeContinuousBackups", this::describeTable),
            new Generated("ListTagsOfResource", this::listTags));

    private record Generated(String operation, Supplier<Map<String, Object>> body) {
    }

    RawRequestGenerator(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public RawRequest get() {
        values.clear();
        Generated generated = operations.get(random.nextInt(operations.size()));
        Map<String, Object> body = generated.body().get();
        if (random.nextInt(10) < 4) {
            return RawRequest.post(generated.operation(), RawJson.write(body));
        }
        return mutated(generated.operation(), body);
    }

    /** The valid requests that create the tables, sent before the generated ones. */
    static List<RawRequest> createTables() {
        return List.of(RawRequest.post("CreateTable", RawJson.write(map("TableName", Schema.HASH_TABLE,
                        "AttributeDefinitions", List.of(attribute("id", "S")),
                        "KeySchema", List.of(key("id", "HASH")), "BillingMode", "PAY_PER_REQUEST"))),
                RawRequest.post("CreateTable", RawJson.write(map("TableName", Schema.RANGE_TABLE,
                        "AttributeDefinitions", List.of(attribute("pk", "S"), attribute("sk", "N"), attribute("g", "S")),
                        "KeySchema", List.of(key("pk", "HASH"), key("sk", "RANGE")),
                        "GlobalSecondaryIndexes", List.of(map("IndexName", Schema.INDEX,
                                "KeySchema", List.of(key("g", "HASH"), key("sk", "RANGE")),
                                "Projection", map("ProjectionType", "ALL"))),
                        "BillingMode", "PAY_PER_REQUEST"))));
    }

    /** Full scans of both tables, compared after the run: the data must have ended alike. */
    static List<RawRequest> finalScans() {
        return List.of(RawRequest.post("Scan", RawJson.write(map("TableName", Schema.HASH_TABLE))),
                RawRequest.post("Scan", RawJson.write(map("TableName", Schema.RANGE_TABLE))));
    }

    // ---- valid bodies ----

    private Map<String, Object> putItem() {
        boolean hash = random.nextBoolean();
        Map<String, Object> body = map("TableName", table(hash), "Item", item(hash));
        if (random.nextInt(4) == 0) {
            body.put("ReturnValues", pick("ALL_OLD", "NONE"));
        }
        if (random.nextInt(4) == 0) {
            body.put("ConditionExpression", "attribute_not_exists(s)");
        }
        return body;
    }

    private Map<String, Object> getItem() {
        boolean hash = random.nextBoolean();
        Map<String, Object> body = map("TableName", table(hash), "Key", key(hash));
        if (random.nextInt(3) == 0) {
            body.put("ConsistentRead", random.nextBoolean());
        }
        return body;
    }

    private Map<String, Object> updateItem() {
        boolean hash = random.nextBoolean();
        return map("TableName", table(hash), "Key", key(hash),
                "UpdateExpression", "SET s = :s ADD n :n", "ExpressionAttributeValues",
                map(":s", value("S", pick("x", "y", "")), ":n", value("N", pick("1", "-2.5", "0"))),
                "ReturnValues", pick("ALL_NEW", "UPDATED_OLD", "NONE"));
    }

    private Map<String, Object> deleteItem() {
        boolean hash = random.nextBoolean();
        return map("TableName", table(hash), "Key", key(hash), "ReturnValues", pick("ALL_OLD", "NONE"));
    }

    private Map<String, Object> query() {
        Map<String, Object> body = map("TableName", Schema.RANGE_TABLE);
        if (random.nextBoolean()) {
            body.put("KeyConditionExpression", "pk = :p AND sk >= :k");
            body.put("ExpressionAttributeValues", map(":p", value("S", pick(PARTITIONS)), ":k", value("N", "2")));
        } else {
            body.put("IndexName", Schema.INDEX);
            body.put("KeyConditionExpression", "g = :g");
            body.put("ExpressionAttributeValues", map(":g", value("S", pick(PARTITIONS) + pick("x", "y"))));
        }
        body.put("Limit", new Literal(Integer.toString(1 + random.nextInt(4))));
        body.put("ScanIndexForward", random.nextBoolean());
        return body;
    }

    private Map<String, Object> scan() {
        Map<String, Object> body = map("TableName", table(random.nextBoolean()));
        if (random.nextBoolean()) {
            body.put("FilterExpression", "attribute_exists(s)");
        }
        if (random.nextBoolean()) {
            body.put("Select", "COUNT");
        }
        return body;
    }

    private Map<String, Object> batchGetItem() {
        return map("RequestItems", map(Schema.HASH_TABLE, map("Keys", List.of(key(true)))));
    }

    private Map<String, Object> batchWriteItem() {
        Object request = random.nextBoolean() ? map("PutRequest", map("Item", item(true)))
                : map("DeleteRequest", map("Key", key(true)));
        return map("RequestItems", map(Schema.HASH_TABLE, List.of(request)));
    }

    private Map<String, Object> transactGetItems() {
        return map("TransactItems", List.of(map("Get", map("TableName", Schema.HASH_TABLE, "Key", key(true)))));
    }

    private Map<String, Object> transactWriteItems() {
        return map("TransactItems", List.of(map("Put", map("TableName", Schema.RANGE_TABLE, "Item", item(false))),
                map("Update", map("TableName", Schema.HASH_TABLE, "Key", key(true), "UpdateExpression", "SET t = :t",
                        "ExpressionAttributeValues", map(":t", value("BOOL", random.nextBoolean()))))));
    }

    private Map<String, Object> executeStatement() {
        return random.nextBoolean()
                ? map("Statement", "SELECT * FROM \"" + Schema.HASH_TABLE + "\" WHERE id = ?",
                        "Parameters", List.of(value("S", pick(HASH_IDS))))
                : map("Statement", "UPDATE \"" + Schema.HASH_TABLE + "\" SET s = ? WHERE id = ?",
                        "Parameters", List.of(value("S", "u"), value("S", pick(HASH_IDS))));
    }

    private Map<String, Object> batchExecuteStatement() {
        return map("Statements", List.of(map("Statement", "SELECT * FROM \"" + Schema.HASH_TABLE + "\" WHERE id = ?",
                "Parameters", List.of(value("S", pick(HASH_IDS))))));
    }

    private Map<String, Object> executeTransaction() {
        return map("TransactStatements", List.of(map("Statement",
                "SELECT * FROM \"" + Schema.HASH_TABLE + "\" WHERE id = ?", "Parameters", List.of(value("S", pick(HASH_IDS))))));
    }

    private Map<String, Object> describeTable() {
        return map("TableName", table(random.nextBoolean()));
    }

    /** A table of its own, created and deleted again and again (its descriptions hold no data). */
    private Map<String, Object> createScratchTable() {
        return map("TableName", SCRATCH_TABLE, "AttributeDefinitions", List.of(attribute("k", pick("S", "N", "B"))),
                "KeySchema", List.of(key("k", "HASH")), "BillingMode", "PAY_PER_REQUEST");
    }

    private Map<String, Object> deleteScratchTable() {
        return map("TableName", SCRATCH_TABLE);
    }

    private Map<String, Object> listTags() {
        return map("ResourceArn", "arn:aws:dynamodb:ddblocal:000000000000:table/" + table(random.nextBoolean()));
    }

    private Map<String, Object> listTables() {
        return random.nextBoolean() ? map() : map("Limit", new Literal("1"));
    }

    // ---- items and values ----

    private String table(boolean hash) {
        return hash ? Schema.HASH_TABLE : Schema.RANGE_TABLE;
    }

    private Map<String, Object> key(boolean hash) {
        return hash ? map("id", value("S", pick(HASH_IDS)))
                : map("pk", value("S", pick(PARTITIONS)), "sk", value("N", Integer.toString(1 + random.nextInt(3))));
    }

    private Map<String, Object> item(boolean hash) {
        Map<String, Object> item = key(hash);
        if (!hash && random.nextBoolean()) {
            // One partition's items only under each index key, so no two share (g, sk): ties have no order.
            item.put("g", value("S", ((Map<?, ?>) item.get("pk")).get("S") + pick("x", "y")));
        }
        int attributes = random.nextInt(4);
        for (int i = 0; i < attributes; i++) {
            String type = pick("S", "N", "B", "SS", "NS", "BS", "BOOL", "NULL", "L", "M");
            item.put(type.toLowerCase(), value(type, sample(type)));
        }
        return item;
    }

    private Object sample(String type) {
        switch (type) {
            case "S": return pick("x", "", "héllo");
            case "N": return pick("1", "-0.5", "1E+2", "007");
            case "B": return base64(pick("ab", "", "\u00ff"));
            case "SS": return new ArrayList<>(List.of("x", "y"));
            case "NS": return new ArrayList<>(List.of("1", "2.5"));
            case "BS": return new ArrayList<>(List.of(base64("a"), base64("b")));
            case "BOOL": return random.nextBoolean();
            case "NULL": return true;
            case "L": return new ArrayList<>(List.of(value("S", "x"), value("N", "1")));
            default: return map("k", value("S", "v"));
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An AttributeValue {@code {type: content}}, remembered for the value mutations. */
    private Map<String, Object> value(String type, Object content) {
        Map<String, Object> value = map(type, content);
        values.add(value);
        return value;
    }

    // ---- mutations ----

    private RawRequest mutated(String operation, Map<String, Object> body) {
        // The control plane's own validation is compared by ControlPlaneConformanceTest; here only its protocol.
        int kind = CONTROL_PLANE.contains(operation) ? 58 + random.nextInt(42) : random.nextInt(100);
        if (kind < 30 && !values.isEmpty()) {
            String what = mutateValue(values.get(random.nextInt(values.size())));
            return RawRequest.post(operation, RawJson.write(body)).withBody(what, RawJson.write(body));
        }
        if (kind < 50) {
            String what = mutateMember(body);
            return RawRequest.post(operation, RawJson.write(body)).withBody(what, RawJson.write(body));
        }
        // Not Scan: its pages follow each backend's own order, which DynamoDB leaves undefined.
        if (kind < 58 && operation.equals("Query")) {
            String limit = pick(LIMITS);
            body.put("Limit", new Literal(limit));
            return RawRequest.post(operation, RawJson.write(body)).withBody("Limit " + limit, RawJson.write(body));
        }
        if (kind < 75) {
            return mutateBody(RawRequest.post(operation, RawJson.write(body)));
        }
        return mutateHeaders(RawRequest.post(operation, RawJson.write(body)));
    }

    /** Changes one AttributeValue in place; returns what it did. */
    private String mutateValue(Map<String, Object> value) {
        String type = value.keySet().iterator().next();
        Object content = value.get(type);
        switch (random.nextInt(9)) {
            case 0:
                value.put(type, pick(WRONG_JSON));
                return "wrong JSON type in " + type;
            case 1:
                value.clear();
                return "empty AttributeValue";
            case 2:
                value.put(pick("S", "N", "NULL", "BOOL", "L", "M"), sample(pick("S", "N", "BOOL")));
                return "several types";
            case 3:
                value.clear();
                value.put(pick("N", "NS"), type.equals("NS") ? List.of("1", pick(BAD_NUMBERS)) : pick(BAD_NUMBERS));
                return "bad number";
            case 4:
                value.clear();
                String base64 = pick(BAD_BASE64);
                value.put(pick("B", "BS"), random.nextBoolean() ? base64 : List.of(base64(""), base64));
                return "bad base64";
            case 5:
                value.clear();
                String set = pick("SS", "NS", "BS");
                Object member = set.equals("BS") ? base64("a") : set.equals("NS") ? "1" : "a";
                value.put(set, pick(List.of(), Arrays.asList(member, member), Arrays.asList(member, null)));
                return "bad set";
            case 6:
                value.clear();
                value.put(pick("NULL", "BOOL"), pick(false, "true", new Literal("1"), "false", "yes"));
                return "bad NULL or BOOL";
            case 7:
                value.clear();
                value.put(pick("L", "M"), pick(Arrays.asList((Object) null), mapWithNull(), List.of(map())));
                return "null or empty inside a document";
            default:
                value.put(pick("Q", "s", "nUll", ""), content);
                return "unknown type key";
        }
    }

    private static Map<String, Object> mapWithNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        return map;
    }

    /** Removes, adds or retypes one top-level member, or nulls an attribute of its item or key; returns what it did. */
    @SuppressWarnings("unchecked")
    private String mutateMember(Map<String, Object> body) {
        List<String> names = new ArrayList<>(body.keySet());
        Object attributes = body.containsKey("Item") ? body.get("Item") : body.get("Key");
        if (attributes instanceof Map<?, ?> map && !map.isEmpty() && random.nextInt(4) == 0) {
            String name = pick(map.keySet().toArray(new String[0]));
            ((Map<String, Object>) attributes).put(pick(name, "extra"), null);
            return "null attribute";
        }
        int choice = random.nextInt(3);
        if (choice == 0 && !names.isEmpty()) {
            String name = pick(names.toArray(new String[0]));
            body.remove(name);
            return "without " + name;
        }
        if (choice == 1 || names.isEmpty()) {
            String name = pick("Bogus", "tableName", "__type", "Item ", "");
            body.put(name, pick(WRONG_JSON));
            return "unknown member " + name;
        }
        String name = pick(names.toArray(new String[0]));
        body.put(name, pick(WRONG_JSON));
        return "wrong JSON type of " + name;
    }

    private RawRequest mutateBody(RawRequest request) {
        String text = request.bodyText();
        switch (random.nextInt(6)) {
            case 0: return request.withBody("truncated", text.substring(0, random.nextInt(Math.max(1, text.length()))));
            case 1: return request.withBody("empty body", "");
            case 2: return request.withBody("trailing garbage", text + pick("}", "x", " {}", ","));
            case 3: return request.withBody("not an object", pick("[]", "\"x\"", "5", "null", "true", "[{}]"));
            case 4: return request.withBody("single quotes", text.replace('"', '\''));
            default: return request.withBytes("not UTF-8", new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        }
    }

    private RawRequest mutateHeaders(RawRequest request) {
        String operation = request.operation();
        switch (random.nextInt(8)) {
            case 0: return request.withHeader("X-Amz-Target", null);
            case 1: return request.withHeader("X-Amz-Target", pick(RawRequest.TARGET_PREFIX + "Bogus",
                    RawRequest.TARGET_PREFIX + operation.toLowerCase(), "Kinesis_20131202." + operation,
                    RawRequest.TARGET_PREFIX, operation, "dynamodb_20120810." + operation));
            case 2: return request.withHeader("Content-Type", pick("application/json", "text/plain",
                    "application/x-amz-json-1.1", "application/x-amz-json-1.0; charset=UTF-8", "APPLICATION/X-AMZ-JSON-1.0"));
            case 3: return request.withHeader("Content-Type", null);
            case 4: return request.withMethod(pick("GET", "PUT", "DELETE", "PATCH"));
            case 5: return request.withHeader("Accept-Encoding", pick("gzip", "gzip, deflate", "identity"));
            case 6: return request.withHeader("X-Amz-Crc32", pick("0", "123", "x"));
            default: return request.withHeader("Content-Encoding", "identity");
        }
    }

    // ---- helpers ----

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> attribute(String name, String type) {
        return map("AttributeName", name, "AttributeType", type);
    }

    private static Map<String, Object> key(String name, String type) {
        return map("AttributeName", name, "KeyType", type);
    }
}
