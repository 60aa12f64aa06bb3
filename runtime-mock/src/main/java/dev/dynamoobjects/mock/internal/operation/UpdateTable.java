package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.stream.StreamMessages;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.table.TableDescriptions;
import dev.dynamoobjects.mock.internal.table.TableSettings;
import dev.dynamoobjects.mock.internal.table.Throughput;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * UpdateTable: billing mode, provisioned throughput, creating, updating or deleting global indexes,
 * and the settings DescribeTable reports (encryption, deletion protection, table class, on-demand
 * maximums).
 */
public final class UpdateTable {
    private static final Set<String> IMPLEMENTED = Set.of("AttributeDefinitions", "TableName", "BillingMode",
            "ProvisionedThroughput", "GlobalSecondaryIndexUpdates", "SSESpecification", "TableClass",
            "DeletionProtectionEnabled", "OnDemandThroughput", "StreamSpecification");

    private UpdateTable() {
    }

    public static UpdateTableResponse execute(Catalog catalog, UpdateTableRequest request) {
        Constraints.of().tableName(request.tableName()).check();
        Table table = catalog.table(request.tableName());
        UnsupportedParameters.refuse(request, "UpdateTable", IMPLEMENTED);
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            refuseUnsupported(update);
        }
        if (request.billingMode() == null && request.provisionedThroughput() == null
                && request.globalSecondaryIndexUpdates().isEmpty() && !changesSettings(request)
                && request.streamSpecification() == null) {
            throw DynamoErrors.validation(Messages.NOTHING_TO_UPDATE);
        }
        BillingMode billing = request.billingMode() == null ? table.billingMode() : request.billingMode();
        IndexSpecs created = check(table, request, billing);
        if (billing == BillingMode.PAY_PER_REQUEST) {
            table.billingMode(billing, Throughput.NONE, catalog.now());
        } else if (request.provisionedThroughput() != null || table.billingMode() != BillingMode.PROVISIONED) {
            Throughput wanted = CreateTable.throughput(request.provisionedThroughput(), Messages.NO_THROUGHPUT);
            if (table.billingMode() == BillingMode.PROVISIONED && wanted.equals(table.throughput())) {
                throw DynamoErrors.validation(Messages.throughputUnchanged(table.throughput().read(),
                        table.throughput().write(), wanted.read(), wanted.write()));
            }
            table.billingMode(BillingMode.PROVISIONED, wanted, catalog.now());
        }
        TableDescription before = TableDescriptions.describe(table);
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            apply(table, update);
        }
        if (created != null) {
            created.addTo(table);
        }
        applySettings(table.settings(), request, catalog.now());
        StreamSpecs.apply(catalog, table, request.streamSpecification());
        return UpdateTableResponse.builder().tableDescription(IndexTransitions.answer(before,
                TableDescriptions.describe(table), request.globalSecondaryIndexUpdates())).build();
    }

    /**
     * Checks the whole request, in DynamoDB Local's order, before anything changes (a refused request leaves the
     * table as it was); returns the global index it creates, if any.
     */
    private static IndexSpecs check(Table table, UpdateTableRequest request, BillingMode billing) {
        IndexUpdates.check(table, request);
        IndexSpecs created = null;
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            if (update.create() != null) {
                created = prepare(table, request, update.create(), billing);
            }
            if (update.update() != null) {
                CreateTable.throughput(update.update().provisionedThroughput(), Messages.GSI_NO_THROUGHPUT,
                        Messages.GSI_THROUGHPUT_TOO_LOW, Messages.GSI_THROUGHPUT_TOO_HIGH);
            }
        }
        ProvisionedThroughput wanted = request.provisionedThroughput();
        if (wanted != null && (wanted.readCapacityUnits() == null || wanted.writeCapacityUnits() == null
                || wanted.readCapacityUnits() < 1 || wanted.writeCapacityUnits() < 1)) {
            // Below 1 before the stream, above the maximum after it, as DynamoDB Local checks them.
            throw DynamoErrors.validation(Messages.THROUGHPUT_TOO_LOW);
        }
        if (request.streamSpecification() != null) {
            if (request.provisionedThroughput() != null) {
                throw DynamoErrors.validation(StreamMessages.THROUGHPUT_AND_STREAM);
            }
            StreamSpecs.check(request.streamSpecification());
            StreamSpecs.checkChange(table, request.streamSpecification());
        }
        if (request.provisionedThroughput() != null) {
            CreateTable.throughput(request.provisionedThroughput(), Messages.NO_THROUGHPUT);
        }
        IndexUpdates.checkSwitchToProvisioned(table, request);
        CreateTable.checkTableClass(request.tableClass());
        OnDemandLimits.check(request.onDemandThroughput(), billing);
        if (billing == BillingMode.PAY_PER_REQUEST && request.provisionedThroughput() != null) {
            throw DynamoErrors.validation(Messages.THROUGHPUT_ON_DEMAND);
        }
        return created;
    }

    private static void refuseUnsupported(GlobalSecondaryIndexUpdate update) {
        String path = "GlobalSecondaryIndexUpdates.";
        Set<String> implemented = CreateTable.IMPLEMENTED_INDEX;
        if (update.create() != null) {
            UnsupportedParameters.refuse(update.create(), "UpdateTable", path + "Create.", implemented);
        }
        if (update.update() != null) {
            UnsupportedParameters.refuse(update.update(), "UpdateTable", path + "Update.", implemented);
        }
    }

    private static boolean changesSettings(UpdateTableRequest request) {
        return request.sseSpecification() != null || request.tableClass() != null
                || request.deletionProtectionEnabled() != null || request.onDemandThroughput() != null;
    }

    private static void applySettings(TableSettings settings, UpdateTableRequest request, Instant now) {
        if (request.sseSpecification() != null) {
            settings.encryption(request.sseSpecification());
        }
        if (request.tableClass() != null) {
            settings.tableClass(request.tableClass(), now);
        }
        if (request.deletionProtectionEnabled() != null) {
            settings.deletionProtection(request.deletionProtectionEnabled());
        }
        if (request.onDemandThroughput() != null) {
            settings.onDemandThroughput(request.onDemandThroughput());
        }
    }

    /** Deletes an index or changes its throughput; both were checked by {@link IndexUpdates}. */
    private static void apply(Table table, GlobalSecondaryIndexUpdate update) {
        if (update.delete() != null) {
            table.removeIndex(update.delete().indexName());
        }
        if (update.update() != null) {
            table.indexThroughput(update.update().indexName(), Throughput.of(update.update().provisionedThroughput()));
        }
    }

    /** Checks a new global index and returns it, ready to add with the attributes it defines. */
    private static IndexSpecs prepare(Table table, UpdateTableRequest request, CreateGlobalSecondaryIndexAction action,
                                      BillingMode billing) {
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        for (AttributeDefinition definition : table.attributeDefinitions()) {
            types.put(definition.attributeName(), definition.attributeType());
        }
        for (AttributeDefinition definition : request.attributeDefinitions()) {
            types.put(definition.attributeName(), definition.attributeType());
        }
        GlobalSecondaryIndex index = GlobalSecondaryIndex.builder()
                .indexName(action.indexName())
                .keySchema(action.keySchema())
                .projection(action.projection())
                .provisionedThroughput(action.provisionedThroughput())
                .build();
        IndexSpecs specs = IndexSpecs.none();
        specs.addGlobal(index, table.keys(), types, billing);
        specs.define(types);
        return specs;
    }
}
