package dev.dynamoobjects.mock.differential;

import static dev.dynamoobjects.mock.differential.TableShapes.tag;
import static dev.dynamoobjects.mock.differential.TableShapes.throughput;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The ways of breaking a valid CreateTable request ({@link TableShapes}) that DynamoDB checks, one at a
 * time: attribute definitions, key schemas, table and index names, index counts, local index rules,
 * projections, billing and throughput, streams, settings and tags.
 */
final class TableBreakages {
    private final Random random;
    private final TableShapes shapes;

    TableBreakages(Random random, TableShapes shapes) {
        this.random = random;
        this.shapes = shapes;
    }

    /** One way of breaking a request, with a name for the report. */
    record Breakage(String name, UnaryOperator<CreateTableRequest> apply) {
    }

    /** Every way of breaking a valid request this class knows; each applies to any valid request. */
    List<Breakage> all() {
        List<Breakage> all = new ArrayList<>();
        all.add(new Breakage("key not defined", r -> r.toBuilder().attributeDefinitions(
                r.attributeDefinitions().stream().filter(d -> !d.attributeName().equals("pk")).toList()).build()));
        all.add(new Breakage("unused definition", r -> r.toBuilder().attributeDefinitions(
                with(r.attributeDefinitions(), definition("unused", "S"))).build()));
        all.add(new Breakage("duplicate definition", r -> r.toBuilder().attributeDefinitions(
                with(r.attributeDefinitions(), definition("pk", shapes.pick("S", "N")))).build()));
        all.add(new Breakage("no definitions", r -> r.toBuilder().attributeDefinitions(List.of()).build()));
        all.add(new Breakage("key type BOOL", r -> r.toBuilder().attributeDefinitions(
                retype(r.attributeDefinitions(), "pk", shapes.pick("BOOL", "L", "M", "SS", "s", ""))).build()));
        all.add(new Breakage("definition without type", r -> r.toBuilder().attributeDefinitions(
                retype(r.attributeDefinitions(), "pk", null)).build()));
        all.add(new Breakage("range first", r -> r.toBuilder().keySchema(reversed(r.keySchema(), "sk")).build()));
        all.add(new Breakage("two hash keys", r -> r.toBuilder().keySchema(withType(r.keySchema(), KeyType.HASH)).build()));
        all.add(new Breakage("two range keys", r -> r.toBuilder().keySchema(withType(r.keySchema(), KeyType.RANGE)).build()));
        all.add(new Breakage("same key twice", r -> r.toBuilder().keySchema(key("pk", KeyType.HASH),
                key("pk", KeyType.RANGE)).build()));
        all.add(new Breakage("three keys", r -> r.toBuilder().keySchema(key("pk", KeyType.HASH),
                key("sk", KeyType.RANGE), key("a", KeyType.RANGE)).build()));
        all.add(new Breakage("no key schema", r -> r.toBuilder().keySchema(List.of()).build()));
        all.add(new Breakage("key without type", r -> r.toBuilder().keySchema(
                KeySchemaElement.builder().attributeName("pk").build()).build()));
        all.add(new Breakage("key type bad", r -> r.toBuilder().keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType("PARTITION").build()).build()));
        all.add(new Breakage("key name empty", r -> r.toBuilder().keySchema(key("", KeyType.HASH)).build()));
        all.add(new Breakage("table name", r -> r.toBuilder().tableName(shapes.badName()).build()));
        all.add(new Breakage("no table name", r -> r.toBuilder().tableName(null).build()));
        all.add(new Breakage("index name", r -> renameIndex(r, shapes.badName())));
        all.add(new Breakage("duplicate index", this::duplicateIndex));
        all.add(new Breakage("six local indexes", r -> locals(r, 6)));
        all.add(new Breakage("five local indexes", r -> locals(r, 5)));
        all.add(new Breakage("21 global indexes", r -> globals(r, 21)));
        all.add(new Breakage("20 global indexes", r -> globals(r, 20)));
        all.add(new Breakage("local without range", this::localWithoutRange));
        all.add(new Breakage("local of another hash", this::localOfAnotherHash));
        all.add(new Breakage("local on hash table", this::localOnHashTable));
        all.add(new Breakage("projection", this::badProjection));
        all.add(new Breakage("101 projected", r -> projectedNames(r, 101)));
        all.add(new Breakage("100 projected", r -> projectedNames(r, 100)));
        all.add(new Breakage("billing", this::badBilling));
        all.add(new Breakage("throughput", this::badThroughput));
        all.add(new Breakage("index throughput", this::badIndexThroughput));
        all.add(new Breakage("stream", this::badStream));
        all.add(new Breakage("settings", this::settings));
        all.add(new Breakage("tags", this::tags));
        return all;
    }

    private static AttributeDefinition definition(String name, String type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static List<AttributeDefinition> retype(List<AttributeDefinition> definitions, String name, String type) {
        return definitions.stream().map(d -> d.attributeName().equals(name)
                ? d.toBuilder().attributeType(type).build() : d).toList();
    }

    private static List<KeySchemaElement> reversed(List<KeySchemaElement> keys, String range) {
        return keys.size() == 2 ? List.of(keys.get(1), keys.get(0)) : List.of(key(range, KeyType.RANGE), keys.get(0));
    }

    private static List<KeySchemaElement> withType(List<KeySchemaElement> keys, KeyType type) {
        List<KeySchemaElement> typed = new ArrayList<>(keys.stream().map(k -> k.toBuilder().keyType(type).build())
                .toList());
        if (typed.size() == 1) {
            typed.add(key("sk", type));
        }
        return typed;
    }

    private CreateTableRequest renameIndex(CreateTableRequest r, String name) {
        if (r.hasLocalSecondaryIndexes() && random.nextBoolean()) {
            List<LocalSecondaryIndex> locals = new ArrayList<>(r.localSecondaryIndexes());
            locals.set(0, locals.get(0).toBuilder().indexName(name).build());
            return r.toBuilder().localSecondaryIndexes(locals).build();
        }
        GlobalSecondaryIndex renamed = anyGlobal(r).toBuilder().indexName(name).build();
        return r.toBuilder().globalSecondaryIndexes(renamed).attributeDefinitions(
                withDefined(r.attributeDefinitions(), renamed.keySchema())).build();
    }

    /** The request's first global index, or a new one on {@code a}. */
    private GlobalSecondaryIndex anyGlobal(CreateTableRequest r) {
        if (r.hasGlobalSecondaryIndexes()) {
            return r.globalSecondaryIndexes().get(0);
        }
        GlobalSecondaryIndex.Builder index = GlobalSecondaryIndex.builder().indexName("gsi9")
                .keySchema(key("a", KeyType.HASH)).projection(shapes.projection());
        if (r.provisionedThroughput() != null) {
            index.provisionedThroughput(throughput(1, 1));
        }
        return index.build();
    }

    private static List<AttributeDefinition> withDefined(List<AttributeDefinition> definitions,
                                                         List<KeySchemaElement> keys) {
        List<AttributeDefinition> all = new ArrayList<>(definitions);
        for (KeySchemaElement key : keys) {
            if (all.stream().noneMatch(d -> d.attributeName().equals(key.attributeName()))) {
                all.add(definition(key.attributeName(), "S"));
            }
        }
        return all;
    }

    private CreateTableRequest duplicateIndex(CreateTableRequest r) {
        GlobalSecondaryIndex global = anyGlobal(r);
        CreateTableRequest.Builder request = r.toBuilder()
                .attributeDefinitions(withDefined(withDefined(r.attributeDefinitions(), global.keySchema()),
                        List.of(key("sk", KeyType.RANGE), key("c", KeyType.RANGE))))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        if (random.nextBoolean()) {
            return request.globalSecondaryIndexes(global, global).build();
        }
        return request.globalSecondaryIndexes(global).localSecondaryIndexes(LocalSecondaryIndex.builder()
                .indexName(global.indexName()).keySchema(key("pk", KeyType.HASH), key("c", KeyType.RANGE))
                .projection(shapes.projection()).build()).build();
    }

    /** A hash-and-range table on pk, sk with {@code count} local indexes on attributes l0, l1, ... */
    private CreateTableRequest locals(CreateTableRequest r, int count) {
        List<AttributeDefinition> definitions = new ArrayList<>(List.of(definition("pk", "S"), definition("sk", "N")));
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            definitions.add(definition("l" + i, "S"));
            locals.add(LocalSecondaryIndex.builder().indexName("local" + i)
                    .keySchema(key("pk", KeyType.HASH), key("l" + i, KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build());
        }
        return r.toBuilder().keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(definitions).globalSecondaryIndexes((List<GlobalSecondaryIndex>) null)
                .localSecondaryIndexes(locals).build();
    }

    private CreateTableRequest globals(CreateTableRequest r, int count) {
        List<AttributeDefinition> definitions = new ArrayList<>(List.of(definition("pk", "S")));
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            definitions.add(definition("g" + i, "N"));
            GlobalSecondaryIndex.Builder index = GlobalSecondaryIndex.builder().indexName("global" + i)
                    .keySchema(key("g" + i, KeyType.HASH)).projection(p -> p.projectionType(ProjectionType.KEYS_ONLY));
            if (r.provisionedThroughput() != null) {
                index.provisionedThroughput(throughput(1, 1));
            }
            globals.add(index.build());
        }
        return r.toBuilder().keySchema(key("pk", KeyType.HASH)).attributeDefinitions(definitions)
                .localSecondaryIndexes((List<LocalSecondaryIndex>) null).globalSecondaryIndexes(globals).build();
    }

    private CreateTableRequest localWithoutRange(CreateTableRequest r) {
        return r.toBuilder().keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(withDefined(r.attributeDefinitions(), List.of(key("sk", KeyType.RANGE))))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi0").keySchema(key("pk", KeyType.HASH))
                        .projection(shapes.projection()).build()).build();
    }

    private CreateTableRequest localOfAnotherHash(CreateTableRequest r) {
        return r.toBuilder().keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(withDefined(r.attributeDefinitions(),
                        List.of(key("sk", KeyType.RANGE), key("a", KeyType.HASH), key("b", KeyType.RANGE))))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi0")
                        .keySchema(key("a", KeyType.HASH), key(shapes.pick("b", "sk"), KeyType.RANGE))
                        .projection(shapes.projection()).build()).build();
    }

    private CreateTableRequest localOnHashTable(CreateTableRequest r) {
        return r.toBuilder().keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(withDefined(r.attributeDefinitions().stream()
                        .filter(d -> !d.attributeName().equals("sk")).toList(), List.of(key("c", KeyType.RANGE))))
                .globalSecondaryIndexes((List<GlobalSecondaryIndex>) null)
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi0")
                        .keySchema(key("pk", KeyType.HASH), key("c", KeyType.RANGE))
                        .projection(shapes.projection()).build()).build();
    }

    private CreateTableRequest badProjection(CreateTableRequest r) {
        Projection projection;
        switch (random.nextInt(7)) {
            case 0:
                projection = Projection.builder().projectionType(shapes.pick("ALL", "KEYS_ONLY")).nonKeyAttributes("x").build();
                break;
            case 1:
                projection = Projection.builder().projectionType(ProjectionType.INCLUDE).build();
                break;
            case 2:
                projection = Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("x", "x").build();
                break;
            case 3:
                projection = Projection.builder().nonKeyAttributes("x").build();
                break;
            case 4:
                projection = Projection.builder().projectionType("SOME").build();
                break;
            case 5:
                projection = Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(
                        shapes.pick("pk", "a", "")).build();
                break;
            default:
                projection = null;
        }
        GlobalSecondaryIndex index = anyGlobal(r).toBuilder().projection(projection).build();
        return r.toBuilder().globalSecondaryIndexes(index).attributeDefinitions(
                withDefined(r.attributeDefinitions(), index.keySchema())).build();
    }

    /** Global indexes that project {@code total} non-key attributes between them. */
    private CreateTableRequest projectedNames(CreateTableRequest r, int total) {
        List<String> names = IntStream.range(0, total).mapToObj(i -> "p" + i).toList();
        GlobalSecondaryIndex first = anyGlobal(r).toBuilder().projection(p -> p.projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes(names.subList(0, total / 2))).build();
        GlobalSecondaryIndex second = first.toBuilder().indexName(first.indexName() + "x")
                .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes(names.subList(total / 2, total)))
                .build();
        return r.toBuilder().globalSecondaryIndexes(first, second).attributeDefinitions(
                withDefined(r.attributeDefinitions(), first.keySchema())).build();
    }

    private CreateTableRequest badBilling(CreateTableRequest r) {
        switch (random.nextInt(4)) {
            case 0:
                return r.toBuilder().billingMode(BillingMode.PAY_PER_REQUEST).provisionedThroughput(throughput(1, 1)).build();
            case 1:
                return r.toBuilder().billingMode(BillingMode.PROVISIONED).provisionedThroughput((ProvisionedThroughput) null)
                        .build();
            case 2:
                return r.toBuilder().billingMode("FREE").build();
            default:
                return r.toBuilder().billingMode((String) null).provisionedThroughput((ProvisionedThroughput) null).build();
        }
    }

    private CreateTableRequest badThroughput(CreateTableRequest r) {
        long[] values = {0, -1, 1, 40_000, 40_001, 80_000, 80_001, Long.MAX_VALUE};
        long read = values[random.nextInt(values.length)];
        long write = values[random.nextInt(values.length)];
        ProvisionedThroughput throughput = random.nextInt(5) == 0
                ? ProvisionedThroughput.builder().readCapacityUnits(read).build() : throughput(read, write);
        return r.toBuilder().billingMode(random.nextBoolean() ? BillingMode.PROVISIONED : null)
                .globalSecondaryIndexes(r.globalSecondaryIndexes().stream().map(g -> g.toBuilder()
                        .provisionedThroughput(throughput(1, 1)).build()).toList())
                .provisionedThroughput(throughput).build();
    }

    private CreateTableRequest badIndexThroughput(CreateTableRequest r) {
        boolean provisioned = r.provisionedThroughput() != null;
        long[] values = {0, 1, 40_001};
        ProvisionedThroughput throughput = provisioned && random.nextBoolean()
                ? null : throughput(values[random.nextInt(3)], values[random.nextInt(3)]);
        GlobalSecondaryIndex index = anyGlobal(r).toBuilder().provisionedThroughput(throughput).build();
        return r.toBuilder().globalSecondaryIndexes(index).attributeDefinitions(
                withDefined(r.attributeDefinitions(), index.keySchema())).build();
    }

    private CreateTableRequest badStream(CreateTableRequest r) {
        switch (random.nextInt(5)) {
            case 0:
                return r.toBuilder().streamSpecification(s -> s.streamEnabled(true)).build();
            case 1:
                return r.toBuilder().streamSpecification(s -> s.streamEnabled(false)
                        .streamViewType(StreamViewType.KEYS_ONLY)).build();
            case 2:
                return r.toBuilder().streamSpecification(s -> s.streamViewType(StreamViewType.NEW_IMAGE)).build();
            case 3:
                return r.toBuilder().streamSpecification(s -> s.streamEnabled(true).streamViewType("ALL_IMAGES")).build();
            default:
                return r.toBuilder().streamSpecification(s -> s.streamEnabled(false)).build();
        }
    }

    private CreateTableRequest settings(CreateTableRequest r) {
        switch (random.nextInt(5)) {
            case 0:
                return r.toBuilder().tableClass(shapes.pick("STANDARD", "STANDARD_INFREQUENT_ACCESS", "COLD")).build();
            case 1:
                return r.toBuilder().sseSpecification(s -> s.enabled(random.nextBoolean())).build();
            case 2:
                return r.toBuilder().sseSpecification(s -> s.sseType(shapes.pick("KMS", "AES256", "NONE"))).build();
            case 3:
                return r.toBuilder().deletionProtectionEnabled(true).build();
            default:
                return r.toBuilder().onDemandThroughput(o -> o.maxReadRequestUnits((long) random.nextInt(3) - 1)).build();
        }
    }

    private CreateTableRequest tags(CreateTableRequest r) {
        switch (random.nextInt(5)) {
            case 0:
                return r.toBuilder().tags(IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).toList()).build();
            case 1:
                return r.toBuilder().tags(tag("aws:owner", "me")).build();
            case 2:
                return r.toBuilder().tags(tag("", "v")).build();
            case 3:
                return r.toBuilder().tags(tag("k", "v"), tag("k", "w")).build();
            default:
                return r.toBuilder().tags(tag("k".repeat(129), "v"), tag("team", "v".repeat(257))).build();
        }
    }
}
