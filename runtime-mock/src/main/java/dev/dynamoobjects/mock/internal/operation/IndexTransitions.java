package dev.dynamoobjects.mock.internal.operation;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * UpdateTable's answer for the global indexes it creates or deletes: DynamoDB answers while the work goes on,
 * a new index CREATING (Backfilling false, no size or count yet) and a deleted one DELETING (API Reference,
 * GlobalSecondaryIndexDescription: IndexStatus, Backfilling), and so does DynamoDB Local. The engine does the
 * work at once, so the next DescribeTable shows the new index ACTIVE and the deleted one gone.
 */
final class IndexTransitions {
    private IndexTransitions() {
    }

    /**
     * The description {@code after} the updates, as DynamoDB answers them; {@code before} is the table's
     * description before they applied (it holds the deleted indexes).
     */
    static TableDescription answer(TableDescription before, TableDescription after,
                                   List<GlobalSecondaryIndexUpdate> updates) {
        if (updates.stream().allMatch(update -> update.create() == null && update.delete() == null)) {
            return after;
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
        return after.toBuilder().globalSecondaryIndexes(indexes).build();
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
