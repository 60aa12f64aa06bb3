package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.Throughput;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The validated secondary indexes of a CreateTable (or UpdateTable) request. */
final class IndexSpecs {
    private final Map<String, IndexDefinition> indexes = new LinkedHashMap<>();
    private final Map<String, Throughput> throughput = new LinkedHashMap<>();
    private final List<AttributeDefinition> definitions = new ArrayList<>();

    private IndexSpecs() {
    }

    /** Returns an empty set of index specs, to add global indexes to. */
    static IndexSpecs none() {
        return new IndexSpecs();
    }

    /** Refuses index lists that are empty or longer than a table may have, before the indexes' contents are read. */
    static void checkCounts(CreateTableRequest request) {
        if (request.hasGlobalSecondaryIndexes() && request.globalSecondaryIndexes().isEmpty()) {
            throw DynamoErrors.validation(Messages.emptyIndexList("GlobalSecondaryIndexes"));
        }
        if (request.hasLocalSecondaryIndexes() && request.localSecondaryIndexes().isEmpty()) {
            throw DynamoErrors.validation(Messages.emptyIndexList("LocalSecondaryIndexes"));
        }
        if (request.globalSecondaryIndexes().size() > Limits.MAX_GLOBAL_INDEXES) {
            throw DynamoErrors.validation(Messages.TOO_MANY_GLOBAL_INDEXES);
        }
        if (request.localSecondaryIndexes().size() > Limits.MAX_LOCAL_INDEXES) {
            throw DynamoErrors.validation(Messages.TOO_MANY_LOCAL_INDEXES);
        }
    }

    /** Validates a CreateTable request's indexes against the table's key and attribute definitions. */
    static IndexSpecs of(CreateTableRequest request, KeySchema table, Map<String, ScalarAttributeType> types,
                         BillingMode billing) {
        IndexSpecs specs = new IndexSpecs();
        if (request.hasLocalSecondaryIndexes() && !request.localSecondaryIndexes().isEmpty() && table.range() == null) {
            throw DynamoErrors.validation(Messages.LSI_ON_HASH_TABLE);
        }
        for (LocalSecondaryIndex index : request.localSecondaryIndexes()) {
            KeySchema keys = specs.keys(index.indexName(), index.keySchema(), types, false);
            if (keys.range() == null) {
                throw DynamoErrors.validation(Messages.localIndexWithoutRange(index.indexName()));
            }
            if (!keys.hash().name().equals(table.hash().name())) {
                throw DynamoErrors.validation(Messages.localIndexOtherHash(index.indexName(), keys.hash().name(),
                        table.hash().name()));
            }
            specs.add(index(index.indexName(), false, table, keys, index.projection()), Throughput.NONE);
        }
        for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
            specs.addGlobal(index, table, types, billing);
        }
        specs.checkProjectedCount();
        return specs;
    }

    /** Validates and adds one global index. */
    void addGlobal(GlobalSecondaryIndex index, KeySchema table, Map<String, ScalarAttributeType> types,
                   BillingMode billing) {
        KeySchema keys = keys(index.indexName(), index.keySchema(), types, true);
        if (billing == BillingMode.PAY_PER_REQUEST && index.provisionedThroughput() != null) {
            throw DynamoErrors.validation(Messages.indexThroughputOnDemand(index.indexName()));
        }
        Throughput indexThroughput = billing == BillingMode.PAY_PER_REQUEST ? Throughput.NONE
                : CreateTable.throughput(index.provisionedThroughput(), Messages.GSI_NO_THROUGHPUT,
                Messages.GSI_THROUGHPUT_TOO_LOW, Messages.GSI_THROUGHPUT_TOO_HIGH);
        add(index(index.indexName(), true, table, keys, index.projection()), indexThroughput);
    }

    /** The same name projected into two indexes counts twice (API Reference, Projection: NonKeyAttributes). */
    private void checkProjectedCount() {
        int projected = 0;
        for (IndexDefinition index : indexes.values()) {
            projected += index.projection().hasNonKeyAttributes() ? index.projection().nonKeyAttributes().size() : 0;
        }
        if (projected > Limits.MAX_PROJECTED_ATTRIBUTES) {
            throw DynamoErrors.validation(Messages.TOO_MANY_PROJECTED_ATTRIBUTES);
        }
    }

    /** Returns the names of the attributes the indexes use as keys. */
    Set<String> keyAttributes() {
        Set<String> names = new HashSet<>();
        for (IndexDefinition index : indexes.values()) {
            names.addAll(index.keys().names());
        }
        return names;
    }

    /** Keeps the types of the key attributes the indexes use, for {@link #addTo} to define on the table. */
    void define(Map<String, ScalarAttributeType> types) {
        for (String name : keyAttributes()) {
            definitions.add(AttributeDefinition.builder().attributeName(name).attributeType(types.get(name)).build());
        }
    }

    /** Adds the indexes to a table, defining the attributes {@link #define} kept. */
    void addTo(Table table) {
        definitions.forEach(table::defineAttribute);
        for (IndexDefinition index : indexes.values()) {
            table.addIndex(index);
            if (index.global()) {
                table.indexThroughput(index.name(), throughput.get(index.name()));
            }
        }
    }

    private KeySchema keys(String name, List<KeySchemaElement> elements, Map<String, ScalarAttributeType> types,
                           boolean global) {
        TableNames.check(name);
        if (indexes.containsKey(name)) {
            throw DynamoErrors.validation(Messages.duplicateIndex(name));
        }
        return CreateTable.keySchema(elements, types, Messages::indexKeyNotDefined, global);
    }

    private void add(IndexDefinition index, Throughput indexThroughput) {
        indexes.put(index.name(), index);
        throughput.put(index.name(), indexThroughput);
    }

    private static IndexDefinition index(String name, boolean global, KeySchema table, KeySchema keys,
                                         Projection projection) {
        if (projection == null || projection.projectionType() == null) {
            throw DynamoErrors.validation(Messages.NO_PROJECTION_TYPE);
        }
        if (projection.projectionType() == ProjectionType.UNKNOWN_TO_SDK_VERSION) {
            throw DynamoErrors.validation(Messages.PROJECTION_TYPE_ENUM);
        }
        if (projection.nonKeyAttributes().stream().anyMatch(n -> n.isEmpty() || n.length() > Limits.MAX_TABLE_NAME_LENGTH)) {
            throw DynamoErrors.validation(Messages.PROJECTED_NAME_LENGTH);
        }
        boolean include = projection.projectionType() == ProjectionType.INCLUDE;
        boolean hasAttributes = projection.hasNonKeyAttributes() && !projection.nonKeyAttributes().isEmpty();
        if (include && !hasAttributes) {
            throw DynamoErrors.validation(Messages.INCLUDE_WITHOUT_ATTRIBUTES);
        }
        if (!include && hasAttributes) {
            throw DynamoErrors.validation(Messages.attributesWithoutInclude(projection.projectionTypeAsString()));
        }
        if (hasAttributes && new HashSet<>(projection.nonKeyAttributes()).size() != projection.nonKeyAttributes().size()) {
            throw DynamoErrors.validation(Messages.DUPLICATE_ATTRIBUTE);
        }
        return IndexDefinition.of(name, global, table, keys, projection);
    }
}
