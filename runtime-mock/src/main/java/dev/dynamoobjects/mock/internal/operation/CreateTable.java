package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.TableDescriptions;
import dev.dynamoobjects.mock.internal.table.TableSettings;
import dev.dynamoobjects.mock.internal.table.TableSpec;
import dev.dynamoobjects.mock.internal.table.Throughput;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;

/** CreateTable: validates the request in DynamoDB's order and with its messages, then registers the table. */
public final class CreateTable {
    private static final Set<String> IMPLEMENTED = Set.of("AttributeDefinitions", "TableName", "KeySchema",
            "LocalSecondaryIndexes", "GlobalSecondaryIndexes", "BillingMode", "ProvisionedThroughput",
            "SSESpecification", "Tags", "TableClass", "DeletionProtectionEnabled", "OnDemandThroughput",
            "StreamSpecification");
    /** What the engine implements of a global index, at creation here or by UpdateTable. */
    static final Set<String> IMPLEMENTED_INDEX = Set.of("IndexName", "KeySchema", "Projection",
            "ProvisionedThroughput");

    private CreateTable() {
    }

    public static CreateTableResponse execute(Catalog catalog, CreateTableRequest request) {
        Constraints constraints = Constraints.of().tableName(request.tableName(), Limits.MIN_TABLE_NAME_LENGTH);
        keyTypes(constraints, request.keySchema());
        constraints.check();
        Map<String, ScalarAttributeType> types = attributeTypes(request.attributeDefinitions());
        KeySchema keys = keySchema(request.keySchema(), types);
        IndexSpecs.checkCounts(request);
        BillingMode billing = request.billingMode() == BillingMode.PAY_PER_REQUEST
                ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED;
        // DynamoDB refuses throughput on an on-demand table (DynamoDB Local accepts and ignores it).
        if (billing == BillingMode.PAY_PER_REQUEST && request.provisionedThroughput() != null) {
            throw DynamoErrors.validation(Messages.THROUGHPUT_ON_DEMAND);
        }
        // The indexes' throughput before the table's, as DynamoDB Local checks them.
        IndexSpecs indexes = IndexSpecs.of(request, keys, types, billing);
        Throughput throughput = billing == BillingMode.PAY_PER_REQUEST
                ? Throughput.NONE : throughput(request.provisionedThroughput(), Messages.NO_THROUGHPUT);
        Set<String> used = indexes.keyAttributes();
        used.addAll(keys.names());
        if (used.size() != types.size() || !types.keySet().containsAll(used)) {
            throw DynamoErrors.validation(Messages.KEY_COUNT_MISMATCH);
        }
        StreamSpecs.check(request.streamSpecification());
        OnDemandLimits.check(request.onDemandThroughput(), billing);
        checkTableClass(request.tableClass());
        if (!request.tags().isEmpty()) {
            // DynamoDB checks CreateTable's tags as TagResource's (DynamoDB Local drops them unchecked).
            TagRules.checkTags(request.tags(), true);
            TagRules.checkCount(request.tags());
        }
        UnsupportedParameters.refuse(request, "CreateTable", IMPLEMENTED);
        for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
            UnsupportedParameters.refuse(index, "CreateTable", "GlobalSecondaryIndexes.", IMPLEMENTED_INDEX);
        }
        if (catalog.exists(request.tableName())) {
            throw DynamoErrors.resourceInUse(Messages.TABLE_EXISTS);
        }
        Table table = catalog.create(new TableSpec(request.tableName(), keys, request.attributeDefinitions(),
                billing, throughput, settings(request)));
        indexes.addTo(table);
        Tags.add(table, request.tags());
        StreamSpecs.apply(catalog, table, request.streamSpecification());
        return CreateTableResponse.builder().tableDescription(TableDescriptions.describe(table)).build();
    }

    private static TableSettings settings(CreateTableRequest request) {
        TableSettings settings = new TableSettings();
        settings.encryption(request.sseSpecification());
        settings.deletionProtection(Boolean.TRUE.equals(request.deletionProtectionEnabled()));
        if (request.tableClass() != null) {
            settings.tableClass(request.tableClass(), null);
        }
        if (request.onDemandThroughput() != null) {
            settings.onDemandThroughput(request.onDemandThroughput());
        }
        return settings;
    }

    /** Refuses a table class DynamoDB does not know (DynamoDB Local ignores the table class). */
    static void checkTableClass(TableClass tableClass) {
        if (tableClass == TableClass.UNKNOWN_TO_SDK_VERSION) {
            throw DynamoErrors.validation(Messages.INVALID_TABLE_CLASS);
        }
    }

    /** Returns the provisioned throughput, with DynamoDB's errors when missing or below 1. */
    static Throughput throughput(ProvisionedThroughput throughput, String missingMessage) {
        return throughput(throughput, missingMessage, Messages.THROUGHPUT_TOO_LOW, Messages.THROUGHPUT_TOO_HIGH);
    }

    /** As above, with the messages for a value below 1 and above the maximum (the table's or an index's). */
    static Throughput throughput(ProvisionedThroughput throughput, String missingMessage, String tooLow,
                                 String tooHigh) {
        if (throughput == null) {
            throw DynamoErrors.validation(missingMessage);
        }
        Long read = throughput.readCapacityUnits();
        Long write = throughput.writeCapacityUnits();
        if (read == null || write == null || read < 1 || write < 1) {
            throw DynamoErrors.validation(tooLow);
        }
        if (read > Limits.MAX_THROUGHPUT || write > Limits.MAX_THROUGHPUT) {
            throw DynamoErrors.validation(tooHigh);
        }
        return Throughput.of(throughput);
    }

    /** A key type outside the enumeration is one of DynamoDB's request validation errors, found before anything else. */
    private static void keyTypes(Constraints constraints, List<KeySchemaElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).keyType() == KeyType.UNKNOWN_TO_SDK_VERSION) {
                constraints.add(elements.get(i).keyTypeAsString(), "keySchema." + (i + 1) + ".member.keyType",
                        Messages.enumValueSet(List.of("HASH", "RANGE")));
            }
        }
    }

    private static Map<String, ScalarAttributeType> attributeTypes(List<AttributeDefinition> definitions) {
        if (definitions.isEmpty()) {
            throw DynamoErrors.validation(Messages.NO_ATTRIBUTE_SCHEMA);
        }
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        for (AttributeDefinition definition : definitions) {
            ScalarAttributeType type = definition.attributeType();
            if (type == null) {
                throw DynamoErrors.validation(Messages.ATTRIBUTE_VALUE_TYPE);
            }
            if (type == ScalarAttributeType.UNKNOWN_TO_SDK_VERSION) {
                throw DynamoErrors.validation(Messages.ATTRIBUTE_TYPE_ENUM);
            }
            if (types.put(definition.attributeName(), type) != null) {
                throw DynamoErrors.validation(Messages.DUPLICATE_ATTRIBUTE);
            }
        }
        return types;
    }

    /** Returns the key schema of a table, with DynamoDB's errors for a malformed one. */
    static KeySchema keySchema(List<KeySchemaElement> elements, Map<String, ScalarAttributeType> types) {
        return keySchema(elements, types, Messages::keyNotDefined, false);
    }

    /**
     * Returns a key schema, naming a key missing from the definitions with {@code notDefined}. A
     * global index ({@code multiAttribute}) may list up to four HASH elements, then up to four RANGE
     * elements; a table or a local index one of each.
     */
    static KeySchema keySchema(List<KeySchemaElement> elements, Map<String, ScalarAttributeType> types,
                               Function<String, String> notDefined, boolean multiAttribute) {
        if (elements.isEmpty()) {
            throw DynamoErrors.validation(Messages.NO_KEY_SCHEMA);
        }
        int hashes = 0;
        for (KeySchemaElement element : elements) {
            if (element.keyType() == null || element.keyType() == KeyType.UNKNOWN_TO_SDK_VERSION) {
                throw DynamoErrors.validation(Messages.KEY_TYPE_MISSING);
            }
            hashes += element.keyType() == KeyType.HASH ? 1 : 0;
        }
        if (multiAttribute) {
            checkMultiAttributeCounts(hashes, elements.size() - hashes);
        } else if (elements.size() > 2) {
            throw DynamoErrors.validation(Messages.KEY_SCHEMA_TOO_BIG);
        }
        if (elements.get(0).keyType() != KeyType.HASH) {
            throw DynamoErrors.validation(Messages.FIRST_KEY_NOT_HASH);
        }
        if (elements.stream().map(KeySchemaElement::attributeName).distinct().count() != elements.size()) {
            throw DynamoErrors.validation(Messages.SAME_KEY_NAME);
        }
        if (!multiAttribute && hashes > 1) {
            throw DynamoErrors.validation(Messages.SECOND_KEY_NOT_RANGE);
        }
        // A multi-attribute key: every HASH element before every RANGE element.
        for (int i = 0; i < elements.size(); i++) {
            if ((i < hashes) != (elements.get(i).keyType() == KeyType.HASH)) {
                throw DynamoErrors.validation(Messages.KEY_ORDER);
            }
        }
        List<KeyAttribute> hash = new ArrayList<>();
        List<KeyAttribute> range = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            boolean isHash = i < hashes;
            (isHash ? hash : range).add(keyAttribute(elements.get(i), types, notDefined.apply(isHash ? "Hash" : "Range")));
        }
        return new KeySchema(hash, range);
    }

    private static void checkMultiAttributeCounts(int hashes, int ranges) {
        if (hashes > Limits.MAX_INDEX_KEY_ATTRIBUTES) {
            throw DynamoErrors.validation(Messages.TOO_MANY_INDEX_HASH_KEYS);
        }
        if (ranges > Limits.MAX_INDEX_KEY_ATTRIBUTES) {
            throw DynamoErrors.validation(Messages.TOO_MANY_INDEX_RANGE_KEYS);
        }
    }

    private static KeyAttribute keyAttribute(KeySchemaElement element, Map<String, ScalarAttributeType> types,
                                             String notDefinedMessage) {
        ScalarAttributeType type = types.get(element.attributeName());
        if (type == null) {
            throw DynamoErrors.validation(notDefinedMessage);
        }
        return new KeyAttribute(element.attributeName(), type);
    }

}
