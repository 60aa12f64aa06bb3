package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * UpdateTable's checks of its global index updates as a whole, made before anything changes: one update per
 * index, one index created or deleted at a time, no more indexes than a table may have, attribute types that
 * agree with the table's, and the throughput of every index when the table turns provisioned.
 */
final class IndexUpdates {
    private IndexUpdates() {
    }

    static void check(Table table, UpdateTableRequest request) {
        checkNames(request.globalSecondaryIndexUpdates());
        Set<String> named = new HashSet<>();
        int creates = 0;
        int deletes = 0;
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            String index = indexName(update);
            if (index != null && !named.add(index)) {
                throw DynamoErrors.validation(Messages.oneUpdatePerIndex(index));
            }
            creates += update.create() != null ? 1 : 0;
            deletes += update.delete() != null ? 1 : 0;
        }
        if (creates + deletes > 1) {
            throw DynamoErrors.withCode("LimitExceededException", 400, Messages.ONE_ONLINE_INDEX);
        }
        checkTargets(table, request);
        if (creates > 0 && request.attributeDefinitions().isEmpty()) {
            throw DynamoErrors.validation(Messages.definitionsForIndex(request.globalSecondaryIndexUpdates().stream()
                    .filter(update -> update.create() != null).findFirst().orElseThrow().create().indexName()));
        }
        if (globalIndexes(table) + creates > Limits.MAX_GLOBAL_INDEXES) {
            throw DynamoErrors.withCode("LimitExceededException", 400, Messages.GLOBAL_INDEX_LIMIT_ON_UPDATE);
        }
        checkRedefinitions(table, request);
        if (switchesToProvisioned(table, request) && request.provisionedThroughput() == null) {
            throw DynamoErrors.validation(Messages.NO_THROUGHPUT);
        }
    }

    private static boolean switchesToProvisioned(Table table, UpdateTableRequest request) {
        return request.billingMode() == BillingMode.PROVISIONED && table.billingMode() == BillingMode.PAY_PER_REQUEST;
    }

    /** The index names, checked by DynamoDB's request validation before anything else. */
    private static void checkNames(List<GlobalSecondaryIndexUpdate> updates) {
        Constraints constraints = Constraints.of();
        for (int i = 0; i < updates.size(); i++) {
            GlobalSecondaryIndexUpdate update = updates.get(i);
            String member = "globalSecondaryIndexUpdates." + (i + 1) + ".member.";
            if (update.create() != null) {
                constraints.name(member + "create.indexName", update.create().indexName(), Limits.MIN_TABLE_NAME_LENGTH);
            }
            if (update.update() != null) {
                constraints.name(member + "update.indexName", update.update().indexName(), Limits.MIN_TABLE_NAME_LENGTH);
            }
            if (update.delete() != null) {
                constraints.name(member + "delete.indexName", update.delete().indexName(), Limits.MIN_TABLE_NAME_LENGTH);
            }
        }
        constraints.check();
    }

    /**
     * A new index has a new name; an update or deletion names a global index the table has (DynamoDB Local's
     * answers otherwise); an update on an on-demand table sets no provisioned throughput (the ACK controller's
     * catalogue of DynamoDB answers, DDB-TABLE-442).
     */
    private static void checkTargets(Table table, UpdateTableRequest request) {
        BillingMode billing = request.billingMode() == null ? table.billingMode() : request.billingMode();
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            String target = update.update() != null ? update.update().indexName()
                    : update.delete() != null ? update.delete().indexName() : null;
            IndexDefinition index = target == null ? null : table.indexes().get(target);
            if (update.create() != null && table.indexes().containsKey(update.create().indexName())) {
                throw DynamoErrors.validation(Messages.INDEX_EXISTS);
            }
            if (index != null && !index.global()) {
                throw DynamoErrors.validation(Messages.notAGlobalIndex(update.update() != null ? "update" : "delete",
                        target));
            }
            if (update.update() != null && index == null) {
                throw DynamoErrors.validation(Messages.NO_SUCH_GLOBAL_INDEX);
            }
            if (update.delete() != null && index == null) {
                throw DynamoErrors.resourceNotFound(Messages.RESOURCE_NOT_FOUND);
            }
            if (update.update() != null && billing == BillingMode.PAY_PER_REQUEST
                    && update.update().provisionedThroughput() != null) {
                throw DynamoErrors.validation(Messages.indexUpdateOnDemand(target));
            }
        }
    }

    private static String indexName(GlobalSecondaryIndexUpdate update) {
        return update.create() != null ? update.create().indexName()
                : update.update() != null ? update.update().indexName()
                : update.delete() != null ? update.delete().indexName() : null;
    }

    private static long globalIndexes(Table table) {
        return table.indexes().values().stream().filter(IndexDefinition::global).count();
    }

    /** An attribute the table defines keeps its type, whatever else the request does (as DynamoDB Local checks). */
    private static void checkRedefinitions(Table table, UpdateTableRequest request) {
        for (AttributeDefinition definition : request.attributeDefinitions()) {
            for (AttributeDefinition defined : table.attributeDefinitions()) {
                if (defined.attributeName().equals(definition.attributeName())
                        && defined.attributeType() != definition.attributeType()) {
                    throw DynamoErrors.validation(Messages.ATTRIBUTE_REDEFINED);
                }
            }
        }
    }

    /**
     * A table that turns provisioned needs the throughput of each of its global indexes in the same request
     * (the ACK controller's catalogue of DynamoDB answers, DDB-TABLE-442); DynamoDB Local fails on it.
     */
    static void checkSwitchToProvisioned(Table table, UpdateTableRequest request) {
        if (!switchesToProvisioned(table, request)) {
            return;
        }
        for (IndexDefinition index : table.indexes().values()) {
            boolean given = request.globalSecondaryIndexUpdates().stream().anyMatch(update -> update.update() != null
                    && update.update().indexName().equals(index.name())
                    && update.update().provisionedThroughput() != null);
            if (index.global() && !given) {
                throw DynamoErrors.validation(Messages.indexThroughputRequired(index.name()));
            }
        }
    }
}
