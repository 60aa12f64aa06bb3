package dev.dynamoobjects.mock.internal.operation;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The statuses CreateTable and UpdateTable answer with. DynamoDB answers while the work goes on: CreateTable
 * a table CREATING with its global indexes CREATING ("Upon receiving a CreateTable request, DynamoDB
 * immediately returns a response with a TableStatus of CREATING", API Reference, CreateTable), UpdateTable a
 * table UPDATING ("while it's executing, the table status changes from ACTIVE to UPDATING", API Reference,
 * UpdateTable) with a new index CREATING (Backfilling false, no size or count yet) and a deleted one DELETING
 * (GlobalSecondaryIndexDescription). DynamoDB Local answers the index statuses so, but the table ACTIVE. The
 * engine does the work at once, so the next DescribeTable shows the table and its indexes ACTIVE and a
 * deleted index gone: waiters and clients that poll for ACTIVE return at their first look.
 */
final class TransitionalStatus {
    private TransitionalStatus() {
    }

    /** CreateTable's answer for the table just made, described {@code created}. */
    static TableDescription creating(TableDescription created) {
        List<GlobalSecondaryIndexDescription> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : created.globalSecondaryIndexes()) {
            indexes.add(index.toBuilder().indexStatus(IndexStatus.CREATING).build());
        }
        TableDescription.Builder answer = created.toBuilder().tableStatus(TableStatus.CREATING);
        return indexes.isEmpty() ? answer.build() : answer.globalSecondaryIndexes(indexes).build();
    }

    /**
     * The description {@code after} the updates, as DynamoDB answers them; {@code before} is the table's
     * description before they applied (it holds the deleted indexes).
     */
    static TableDescription updating(TableDescription before, TableDescription after,
                                     List<GlobalSecondaryIndexUpdate> updates) {
        if (updates.stream().allMatch(update -> update.create() == null && update.delete() == null)) {
            return after.toBuilder().tableStatus(TableStatus.UPDATING).build();
        }
        List<GlobalSecondaryIndexDescription> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : after.globalSecondaryIndexes()) {
            indexes.add(created(updates, index.indexName()) ? creating(index) : index);
        }
        for (GlobalSecondaryIndexDescription index : before.globalSecondaryIndexes()) {
            if (deleted(updates, index.indexName())) {
                indexes.add(index.toBuilder().indexStatus(IndexStatus.DELETING).build());
            }
        }
        return after.toBuilder().tableStatus(TableStatus.UPDATING).globalSecondaryIndexes(indexes).build();
    }

    private static GlobalSecondaryIndexDescription creating(GlobalSecondaryIndexDescription index) {
        return index.toBuilder().indexStatus(IndexStatus.CREATING).backfilling(false).indexSizeBytes(null)
                .itemCount(null).build();
    }

    private static boolean created(List<GlobalSecondaryIndexUpdate> updates, String index) {
        return updates.stream().anyMatch(update -> update.create() != null && update.create().indexName().equals(index));
    }

    private static boolean deleted(List<GlobalSecondaryIndexUpdate> updates, String index) {
        return updates.stream().anyMatch(update -> update.delete() != null && update.delete().indexName().equals(index));
    }
}
