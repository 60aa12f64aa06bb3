package dev.dynamoobjects.table;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Turns a {@link TableSchema} into the {@code CreateTable} request that makes its table. */
final class TableDefinition {
    private TableDefinition() {
    }

    static CreateTableRequest createRequest(TableSchema schema, String physicalName) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(physicalName)
                .attributeDefinitions(attributeDefinitions(schema))
                .keySchema(keySchema(List.of(schema.partitionKey()),
                        schema.sortKey() == null ? List.of() : List.of(schema.sortKey())));
        if (schema.onDemand()) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            request.billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(throughput(schema.readCapacity(), schema.writeCapacity()));
        }
        if (schema.hasStream()) {
            request.streamSpecification(s -> s.streamEnabled(true)
                    .streamViewType(StreamViewType.fromValue(schema.streamView().name())));
        }
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexSchema index : schema.indexes()) {
            if (index.global()) {
                globals.add(globalIndex(index, schema));
            } else {
                locals.add(localIndex(index));
            }
        }
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        return request.build();
    }

    /** Every key attribute of the table and its indexes, once each. */
    private static List<AttributeDefinition> attributeDefinitions(TableSchema schema) {
        Map<String, KeyAttribute> keys = new LinkedHashMap<>();
        addKeys(keys, schema.partitionKey(), schema.sortKey());
        for (IndexSchema index : schema.indexes()) {
            index.partitionKeys().forEach(key -> keys.putIfAbsent(key.name(), key));
            index.sortKeys().forEach(key -> keys.putIfAbsent(key.name(), key));
        }
        return keys.values().stream()
                .map(k -> AttributeDefinition.builder().attributeName(k.name()).attributeType(k.type().toSdk()).build())
                .toList();
    }

    private static void addKeys(Map<String, KeyAttribute> keys, KeyAttribute partition, KeyAttribute sort) {
        keys.putIfAbsent(partition.name(), partition);
        if (sort != null) {
            keys.putIfAbsent(sort.name(), sort);
        }
    }

    private static List<KeySchemaElement> keySchema(IndexSchema index) {
        return keySchema(index.partitionKeys(), index.sortKeys());
    }

    /** The partition-key attributes (HASH), then the sort-key attributes (RANGE). */
    private static List<KeySchemaElement> keySchema(List<KeyAttribute> partition, List<KeyAttribute> sort) {
        List<KeySchemaElement> elements = new ArrayList<>();
        partition.forEach(key -> elements.add(element(key, KeyType.HASH)));
        sort.forEach(key -> elements.add(element(key, KeyType.RANGE)));
        return elements;
    }

    private static KeySchemaElement element(KeyAttribute key, KeyType type) {
        return KeySchemaElement.builder().attributeName(key.name()).keyType(type).build();
    }

    private static GlobalSecondaryIndex globalIndex(IndexSchema index, TableSchema table) {
        GlobalSecondaryIndex.Builder builder = GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keySchema(index))
                .projection(projection(index));
        if (!table.onDemand()) {
            // An index without its own figures shares the table's.
            boolean own = index.readCapacity() > 0 || index.writeCapacity() > 0;
            builder.provisionedThroughput(own
                    ? throughput(index.readCapacity(), index.writeCapacity())
                    : throughput(table.readCapacity(), table.writeCapacity()));
        }
        return builder.build();
    }

    private static LocalSecondaryIndex localIndex(IndexSchema index) {
        return LocalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keySchema(index))
                .projection(projection(index))
                .build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.Projection projection(IndexSchema index) {
        var projection = software.amazon.awssdk.services.dynamodb.model.Projection.builder()
                .projectionType(ProjectionType.fromValue(index.projection().name()));
        if (index.projection() == Projection.INCLUDE) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return projection.build();
    }

    private static ProvisionedThroughput throughput(long read, long write) {
        return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
    }
}
