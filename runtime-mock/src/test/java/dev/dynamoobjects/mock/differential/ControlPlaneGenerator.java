package dev.dynamoobjects.mock.differential;

import static dev.dynamoobjects.mock.differential.TableShapes.tag;
import static dev.dynamoobjects.mock.differential.TableShapes.throughput;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Seeded control-plane requests over a few table names, so that creations, updates and deletions
 * keep meeting the same tables: CreateTable valid and broken in each way DynamoDB checks
 * ({@link TableShapes}), UpdateTable (billing, throughput, global indexes, streams, settings),
 * DeleteTable, DescribeTable, ListTables paging, the TTL, tagging and continuous-backup operations,
 * DescribeLimits and DescribeEndpoints.
 */
final class ControlPlaneGenerator implements Supplier<Operation> {
    /** The table names requests go to; the last is never created, so requests also meet a missing table. */
    static final List<String> TABLES = List.of("cp_a", "cp_b", "cp_c", "cp_missing");
    /** DynamoDB Local's ARNs (the engine's match them): only the table name differs. */
    private static final String ARN_PREFIX = "arn:aws:dynamodb:ddblocal:000000000000:table/";

    private final Random random;
    private final TableShapes shapes;
    private final List<TableBreakages.Breakage> breakages;
    private final OperationMix kinds;

    ControlPlaneGenerator(long seed) {
        this.random = new Random(seed);
        this.kinds = new OperationMix(random);
        this.shapes = new TableShapes(random);
        this.breakages = new TableBreakages(random, shapes).all();
        kinds.weigh(10, this::createValid);
        kinds.weigh(16, this::createBroken);
        kinds.weigh(14, this::updateTable);
        kinds.weigh(6, this::deleteTable);
        kinds.weigh(4, this::describeTable);
        kinds.weigh(4, this::listTables);
        kinds.weigh(5, this::updateTimeToLive);
        kinds.weigh(2, this::describeTimeToLive);
        kinds.weigh(3, this::tagging);
        kinds.weigh(1, this::describeService);
        kinds.weigh(2, this::continuousBackups);
    }

    @Override
    public Operation get() {
        return kinds.get();
    }

    /** Describes every table and lists them all; the run ends with these to compare what each backend holds. */
    static List<Operation> finalReads() {
        List<Operation> reads = new ArrayList<>();
        for (String table : TABLES) {
            reads.add(new Operation("DescribeTable " + table, client -> client.describeTable(d -> d.tableName(table))));
        }
        reads.add(new Operation("ListTables all", DynamoDbClient::listTables));
        return reads;
    }

    private String table() {
        return TABLES.get(random.nextInt(TABLES.size() - (random.nextInt(8) == 0 ? 0 : 1)));
    }

    private static Operation operation(String kind, String table, Object request, Function<DynamoDbClient, Object> call) {
        return new Operation(kind + " " + table + " " + request, call);
    }

    // ---- CreateTable

    private Operation createValid() {
        CreateTableRequest request = shapes.valid(table());
        return operation("CreateTable", request.tableName(), request, client -> client.createTable(request));
    }

    private Operation createBroken() {
        TableBreakages.Breakage breakage = breakages.get(random.nextInt(breakages.size()));
        CreateTableRequest request = breakage.apply().apply(shapes.valid(table()));
        return operation("CreateTable", request.tableName(), "(" + breakage.name() + ") " + request,
                client -> client.createTable(request));
    }

    // ---- UpdateTable

    private Operation updateTable() {
        String table = table();
        UpdateTableRequest.Builder request = UpdateTableRequest.builder().tableName(table);
        int changes = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < changes; i++) {
            change(request);
        }
        UpdateTableRequest built = request.build();
        return operation("UpdateTable", table, built, client -> client.updateTable(built));
    }

    private void change(UpdateTableRequest.Builder request) {
        switch (random.nextInt(9)) {
            case 0:
                break;
            case 1:
                request.billingMode(random.nextBoolean() ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
                if (random.nextBoolean()) {
                    request.provisionedThroughput(throughput(1 + random.nextInt(2), 1 + random.nextInt(2)));
                }
                break;
            case 2:
                long[] values = {0, 1, 2, 5, 40_001};
                request.provisionedThroughput(throughput(values[random.nextInt(5)], values[random.nextInt(5)]));
                break;
            case 3:
            case 4:
                request.globalSecondaryIndexUpdates(indexUpdates());
                request.attributeDefinitions(definitions());
                break;
            case 5:
                stream(request);
                break;
            case 6:
                request.deletionProtectionEnabled(random.nextBoolean());
                break;
            case 7:
                request.tableClass(random.nextBoolean() ? "STANDARD" : "STANDARD_INFREQUENT_ACCESS");
                break;
            default:
                request.sseSpecification(s -> s.enabled(true));
        }
    }

    private List<AttributeDefinition> definitions() {
        List<AttributeDefinition> definitions = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            definitions.add(AttributeDefinition.builder().attributeName(pick("a", "b", "pk", "zz"))
                    .attributeType(pick("S", "N", "B")).build());
        }
        if (random.nextInt(3) == 0) {
            definitions.add(AttributeDefinition.builder().attributeName("c").attributeType("S").build());
        }
        return definitions;
    }

    private List<GlobalSecondaryIndexUpdate> indexUpdates() {
        List<GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
        for (int i = random.nextInt(5) == 0 ? 2 : 1; i > 0; i--) {
            updates.add(indexUpdate());
        }
        return updates;
    }

    private GlobalSecondaryIndexUpdate indexUpdate() {
        String index = pick("gsi1", "gsi2", "new1", "new2", "lsi1", "nope", "no");
        switch (random.nextInt(4)) {
            case 0:
                return GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName(index)).build();
            case 1:
                return GlobalSecondaryIndexUpdate.builder().update(u -> u.indexName(index)
                        .provisionedThroughput(throughput(1 + random.nextInt(3), 1 + random.nextInt(3)))).build();
            default:
                String hash = pick("a", "b", "c", "pk", "zz");
                boolean withThroughput = random.nextBoolean();
                return GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName(index)
                        .keySchema(k -> k.attributeName(hash).keyType(KeyType.HASH))
                        .projection(shapes.projection())
                        .provisionedThroughput(withThroughput ? throughput(1, 1) : null)).build();
        }
    }

    private void stream(UpdateTableRequest.Builder request) {
        switch (random.nextInt(4)) {
            case 0:
                request.streamSpecification(s -> s.streamEnabled(false));
                break;
            case 1:
                request.streamSpecification(s -> s.streamEnabled(true));
                break;
            default:
                StreamViewType view = pick(StreamViewType.KEYS_ONLY, StreamViewType.NEW_IMAGE,
                        StreamViewType.NEW_AND_OLD_IMAGES);
                request.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
        }
    }

    // ---- the other table operations

    private Operation deleteTable() {
        String table = random.nextInt(10) == 0 ? shapes.badName() : table();
        return operation("DeleteTable", table, "", client -> client.deleteTable(d -> d.tableName(table)));
    }

    private Operation describeTable() {
        String table = random.nextInt(6) == 0 ? shapes.badName() : table();
        return operation("DescribeTable", table, "", client -> client.describeTable(d -> d.tableName(table)));
    }

    private Operation listTables() {
        Integer limit = pick(null, null, 0, 1, 2, 3, 100, 101, -1);
        String start = pick(null, null, "cp_a", "cp_b", "a", "cp_zz", "", "ab", "bad name");
        Function<DynamoDbClient, Object> call = client -> client.listTables(l -> l.limit(limit)
                .exclusiveStartTableName(start));
        return operation("ListTables", "-", "limit " + limit + " after " + start, call);
    }

    private Operation updateTimeToLive() {
        String table = table();
        Boolean enabled = pick(true, true, false, null);
        String attribute = pick("ttl", "ttl", "expires", "", null, "a".repeat(256));
        return operation("UpdateTimeToLive", table, enabled + " " + attribute, client -> client.updateTimeToLive(u -> u
                .tableName(table).timeToLiveSpecification(s -> s.enabled(enabled).attributeName(attribute))));
    }

    private Operation describeTimeToLive() {
        String table = random.nextInt(6) == 0 ? shapes.badName() : table();
        return operation("DescribeTimeToLive", table, "", client -> client.describeTimeToLive(d -> d.tableName(table)));
    }

    private Operation tagging() {
        String table = table();
        String arn = pick(ARN_PREFIX + table, ARN_PREFIX + table, table, ARN_PREFIX + table + "/index/gsi1",
                "arn:aws:dynamodb:us-east-1:123456789012:table/" + table, "arn:aws:s3:::bucket");
        switch (random.nextInt(3)) {
            case 0:
                List<Tag> tags = pick(List.of(tag("team", "x")), List.of(tag("aws:k", "v")), List.of(),
                        IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).toList());
                return operation("TagResource", table, arn + " " + tags,
                        client -> client.tagResource(t -> t.resourceArn(arn).tags(tags)));
            case 1:
                return operation("UntagResource", table, arn,
                        client -> client.untagResource(u -> u.resourceArn(arn).tagKeys("team")));
            default:
                return operation("ListTagsOfResource", table, arn,
                        client -> client.listTagsOfResource(l -> l.resourceArn(arn)));
        }
    }

    private Operation describeService() {
        return random.nextBoolean()
                ? operation("DescribeLimits", "-", "", client -> client.describeLimits(b -> { }))
                : operation("DescribeEndpoints", "-", "", client -> client.describeEndpoints(b -> { }));
    }

    private Operation continuousBackups() {
        String table = table();
        if (random.nextBoolean()) {
            return operation("DescribeContinuousBackups", table, "",
                    client -> client.describeContinuousBackups(d -> d.tableName(table)));
        }
        boolean enabled = random.nextBoolean();
        return operation("UpdateContinuousBackups", table, String.valueOf(enabled), client -> client
                .updateContinuousBackups(u -> u.tableName(table)
                        .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(enabled))));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
