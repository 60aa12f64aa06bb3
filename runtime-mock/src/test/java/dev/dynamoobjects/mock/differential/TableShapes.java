package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * Valid CreateTable requests of every shape (a partition key alone or with a sort key, of each type;
 * global and local indexes with each projection; on-demand or provisioned; with or without a stream
 * and deletion protection); {@link TableBreakages} breaks them.
 */
final class TableShapes {
    /** Attribute names a table's keys and its indexes' keys are drawn from. */
    static final String[] ATTRIBUTES = {"pk", "sk", "a", "b", "c"};
    private static final String[] TYPES = {"S", "N", "B"};

    private final Random random;

    TableShapes(Random random) {
        this.random = random;
    }

    /** A valid request for a table of this name. */
    CreateTableRequest valid(String name) {
        boolean provisioned = random.nextInt(3) == 0;
        List<AttributeDefinition> definitions = new ArrayList<>();
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(define(definitions, "pk", KeyType.HASH));
        boolean range = random.nextInt(5) < 3;
        if (range) {
            keys.add(define(definitions, "sk", KeyType.RANGE));
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .keySchema(keys);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            globals.add(global("gsi" + i, definitions, provisioned));
        }
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (int i = range ? random.nextInt(3) : 0; i > 0; i--) {
            locals.add(LocalSecondaryIndex.builder().indexName("lsi" + i)
                    .keySchema(keys.get(0), define(definitions, ATTRIBUTES[2 + random.nextInt(3)], KeyType.RANGE))
                    .projection(projection()).build());
        }
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        request.attributeDefinitions(definitions);
        if (provisioned) {
            request.provisionedThroughput(throughput(1 + random.nextInt(5), 1 + random.nextInt(5)));
            if (random.nextBoolean()) {
                request.billingMode(BillingMode.PROVISIONED);
            }
        } else {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        }
        if (random.nextInt(3) == 0) {
            StreamViewType view = StreamViewType.knownValues().stream().toList().get(random.nextInt(4));
            request.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
        }
        if (random.nextInt(6) == 0) {
            request.deletionProtectionEnabled(random.nextBoolean());
        }
        return request.build();
    }

    private GlobalSecondaryIndex global(String name, List<AttributeDefinition> definitions, boolean provisioned) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(define(definitions, ATTRIBUTES[random.nextInt(ATTRIBUTES.length)], KeyType.HASH));
        String range = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
        if (random.nextBoolean() && !range.equals(keys.get(0).attributeName())) {
            keys.add(define(definitions, range, KeyType.RANGE));
        }
        GlobalSecondaryIndex.Builder index = GlobalSecondaryIndex.builder().indexName(name).keySchema(keys)
                .projection(projection());
        if (provisioned) {
            index.provisionedThroughput(throughput(1 + random.nextInt(3), 1 + random.nextInt(3)));
        }
        return index.build();
    }

    Projection projection() {
        switch (random.nextInt(3)) {
            case 0:
                return Projection.builder().projectionType(ProjectionType.ALL).build();
            case 1:
                return Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build();
            default:
                return Projection.builder().projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes(random.nextBoolean() ? List.of("x") : List.of("x", "y")).build();
        }
    }

    static ProvisionedThroughput throughput(long read, long write) {
        return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
    }

    /** The key element of an attribute, defined with a random type unless the table defines it already. */
    private KeySchemaElement define(List<AttributeDefinition> definitions, String name, KeyType keyType) {
        if (definitions.stream().noneMatch(d -> d.attributeName().equals(name))) {
            definitions.add(AttributeDefinition.builder().attributeName(name)
                    .attributeType(TYPES[random.nextInt(TYPES.length)]).build());
        }
        return KeySchemaElement.builder().attributeName(name).keyType(keyType).build();
    }

    String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    /** A table or index name outside DynamoDB's rule (or at its edge, still valid). */
    String badName() {
        return pick("", "a", "ab", "abc", "a".repeat(255), "a".repeat(256), "bad name", "bad/name", "é_table",
                "ok.name-_1", "UPPER", "a*");
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

}
