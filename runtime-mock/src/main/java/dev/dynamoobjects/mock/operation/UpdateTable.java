package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.table.Catalog;
import dev.dynamoobjects.mock.table.IndexDefinition;
import dev.dynamoobjects.mock.table.Table;
import dev.dynamoobjects.mock.table.TableDescriptions;
import dev.dynamoobjects.mock.table.Throughput;
import dev.dynamoobjects.mock.validation.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/** UpdateTable: billing mode, provisioned throughput, and creating, updating or deleting global indexes. */
public final class UpdateTable {
    private UpdateTable() {
    }

    public static UpdateTableResponse execute(Catalog catalog, UpdateTableRequest request) {
        Constraints.of().tableName(request.tableName()).check();
        Table table = catalog.table(request.tableName());
        if (request.billingMode() == null && request.provisionedThroughput() == null
                && !request.hasGlobalSecondaryIndexUpdates()) {
            throw DynamoErrors.validation(Messages.NOTHING_TO_UPDATE);
        }
        BillingMode billing = request.billingMode() == null ? table.billingMode() : request.billingMode();
        if (billing == BillingMode.PAY_PER_REQUEST) {
            table.billingMode(billing, Throughput.NONE, catalog.now());
        } else if (request.provisionedThroughput() != null || table.billingMode() != BillingMode.PROVISIONED) {
            Throughput wanted = CreateTable.throughput(request.provisionedThroughput(), Messages.NO_THROUGHPUT);
            if (table.billingMode() == BillingMode.PROVISIONED && wanted.equals(table.throughput())) {
                throw DynamoErrors.validation(Messages.THROUGHPUT_UNCHANGED);
            }
            table.billingMode(BillingMode.PROVISIONED, wanted, catalog.now());
        }
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            apply(table, request, update, billing);
        }
        return UpdateTableResponse.builder().tableDescription(TableDescriptions.describe(table)).build();
    }

    private static void apply(Table table, UpdateTableRequest request, GlobalSecondaryIndexUpdate update,
                              BillingMode billing) {
        if (update.delete() != null) {
            requireIndex(table, update.delete().indexName());
            table.removeIndex(update.delete().indexName());
        }
        if (update.update() != null) {
            requireIndex(table, update.update().indexName());
            table.indexThroughput(update.update().indexName(),
                    CreateTable.throughput(update.update().provisionedThroughput(), Messages.GSI_NO_THROUGHPUT));
        }
        if (update.create() != null) {
            create(table, request, update.create(), billing);
        }
    }

    private static void create(Table table, UpdateTableRequest request, CreateGlobalSecondaryIndexAction action,
                               BillingMode billing) {
        if (table.indexes().containsKey(action.indexName())) {
            throw DynamoErrors.validation(Messages.duplicateIndex(action.indexName()));
        }
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
        for (String name : specs.keyAttributes()) {
            table.defineAttribute(AttributeDefinition.builder().attributeName(name).attributeType(types.get(name)).build());
        }
        specs.addTo(table);
    }

    private static void requireIndex(Table table, String name) {
        IndexDefinition index = table.indexes().get(name);
        if (index == null || !index.global()) {
            throw DynamoErrors.resourceNotFound(Messages.RESOURCE_NOT_FOUND);
        }
    }
}
