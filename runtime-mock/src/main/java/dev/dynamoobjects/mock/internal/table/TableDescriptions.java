package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.stream.TableStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Describes a table as DescribeTable, CreateTable, UpdateTable and DeleteTable return it. */
public final class TableDescriptions {
    private TableDescriptions() {
    }

    /** Returns the table's description: ACTIVE at once, with live item counts and sizes. */
    public static TableDescription describe(Table table) {
        return describe(table, TableStatus.ACTIVE);
    }

    /** Returns the table's description in this status (DeleteTable answers DELETING, as DynamoDB does). */
    public static TableDescription describe(Table table, TableStatus status) {
        TableSettings settings = table.settings();
        TableDescription.Builder description = TableDescription.builder()
                .attributeDefinitions(table.attributeDefinitions())
                .tableName(table.name())
                .keySchema(table.keys().toSdk())
                .tableStatus(status)
                .creationDateTime(table.created())
                .provisionedThroughput(table.throughput().describe())
                .tableSizeBytes(table.items().totalSize())
                .itemCount((long) table.items().itemCount())
                .tableArn(table.arn())
                .tableId(table.id())
                .sseDescription(settings.encryptionDescription())
                .tableClassSummary(settings.tableClass())
                .onDemandThroughput(settings.onDemandThroughput())
                .deletionProtectionEnabled(settings.deletionProtection());
        describeStream(table, description);
        // Once a table has been on demand, the summary stays, with the mode it has now.
        if (table.billingMode() == BillingMode.PAY_PER_REQUEST || table.payPerRequestSince() != null) {
            description.billingModeSummary(BillingModeSummary.builder()
                    .billingMode(table.billingMode())
                    .lastUpdateToPayPerRequestDateTime(table.payPerRequestSince())
                    .build());
        }
        List<LocalSecondaryIndexDescription> locals = new ArrayList<>();
        List<GlobalSecondaryIndexDescription> globals = new ArrayList<>();
        for (IndexDefinition index : table.indexes().values()) {
            ItemStore store = table.indexItems(index.name());
            if (index.global()) {
                globals.add(global(table, index, store));
            } else {
                locals.add(LocalSecondaryIndexDescription.builder()
                        .indexName(index.name())
                        .keySchema(index.keys().toSdk())
                        .projection(index.projection())
                        .indexSizeBytes(store.totalSize())
                        .itemCount((long) store.itemCount())
                        .indexArn(Catalog.indexArn(table, index.name()))
                        .build());
            }
        }
        if (!locals.isEmpty()) {
            description.localSecondaryIndexes(locals);
        }
        if (!globals.isEmpty()) {
            description.globalSecondaryIndexes(globals);
        }
        return description.build();
    }

    /** The latest stream's ARN and label stay after it is disabled; the specification shows only while it is enabled. */
    private static void describeStream(Table table, TableDescription.Builder description) {
        TableStream stream = table.stream();
        if (stream == null) {
            return;
        }
        if (stream.enabled()) {
            description.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true).streamViewType(stream.viewType()).build());
        }
        description.latestStreamArn(stream.arn()).latestStreamLabel(stream.label());
    }

    private static GlobalSecondaryIndexDescription global(Table table, IndexDefinition index, ItemStore store) {
        GlobalSecondaryIndexDescription.Builder description = GlobalSecondaryIndexDescription.builder()
                .indexName(index.name())
                .keySchema(index.keys().toSdk())
                .projection(index.projection())
                .indexStatus(IndexStatus.ACTIVE)
                .indexSizeBytes(store.totalSize())
                .itemCount((long) store.itemCount())
                .indexArn(Catalog.indexArn(table, index.name()));
        if (table.billingMode() != BillingMode.PAY_PER_REQUEST) {
            description.provisionedThroughput(table.indexThroughput(index.name()).describe());
        }
        return description.build();
    }
}
