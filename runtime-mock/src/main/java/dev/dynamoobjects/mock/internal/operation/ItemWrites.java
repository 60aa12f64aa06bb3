package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.Condition;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.CompactItem;
import dev.dynamoobjects.mock.internal.store.StoredItem;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import dev.dynamoobjects.mock.internal.value.Values;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The checks every write shares: a whole item validated for its table, and a condition tested
 * against the stored item. Engine-internal: batches and transactions use them too.
 */
public final class ItemWrites {
    private ItemWrites() {
    }

    /** An item ready to store: its key and its checked, canonical, measured attributes. */
    public record PreparedItem(PrimaryKey key, StoredItem item) {
    }

    /**
     * Validates an item for a table as DynamoDB does (values, key attributes, index key types and
     * the item size limit) and returns it ready to store.
     */
    public static PreparedItem prepare(Table table, Map<String, AttributeValue> attributes) {
        return prepare(table, attributes, false, Messages.ITEM_TOO_LARGE);
    }

    /**
     * Validates and returns an item that UpdateItem made, as {@link #prepare(Table, Map)} does;
     * DynamoDB words the error for a too large item differently then, and the error for an empty
     * index key too when an UpdateExpression made it.
     */
    public static PreparedItem prepareUpdated(Table table, Map<String, AttributeValue> attributes,
                                              boolean byExpression) {
        return prepare(table, attributes, byExpression, Messages.ITEM_TO_UPDATE_TOO_LARGE);
    }

    private static PreparedItem prepare(Table table, Map<String, AttributeValue> attributes, boolean updated,
                                        String tooLarge) {
        // Checked and measured before it is compacted, whose reads make values anew.
        ItemValues.checkNesting(attributes, updated ? Messages.NESTING_TOO_DEEP : Messages.NESTING_TOO_DEEP_IN_ITEM);
        Map<String, AttributeValue> item = ItemValues.canonicalItem(attributes);
        PrimaryKey key = table.keys().keyOf(item);
        for (IndexDefinition index : table.indexes().values()) {
            for (KeyAttribute attribute : index.keys().hashes()) {
                checkIndexKey(index, attribute, item, updated);
            }
            for (KeyAttribute attribute : index.keys().ranges()) {
                checkIndexKey(index, attribute, item, updated);
            }
        }
        int size = ItemValues.itemSize(item);
        if (size > Limits.MAX_ITEM_SIZE) {
            throw DynamoErrors.validation(tooLarge);
        }
        return new PreparedItem(key, new StoredItem(CompactItem.of(item), size));
    }

    /**
     * Throws DynamoDB's ConditionalCheckFailedException unless the condition (null for none) holds
     * for the stored item (null when there is none); the exception carries the item when the
     * request asked for ALL_OLD on failure ({@code onFailure}, the request's string, is parsed only
     * then: the SDK's enum class costs a millisecond to load).
     */
    public static void checkCondition(Condition condition, StoredItem current, String onFailure) {
        if (condition == null) {
            return;
        }
        Map<String, AttributeValue> item = current == null ? Map.of() : current.attributes();
        if (!condition.test(item)) {
            boolean withItem = current != null && ReturnValuesOnConditionCheckFailure.fromValue(onFailure)
                    == ReturnValuesOnConditionCheckFailure.ALL_OLD;
            throw DynamoErrors.conditionalCheckFailed(Messages.CONDITION_FAILED, withItem ? item : null);
        }
    }

    private static void checkIndexKey(IndexDefinition index, KeyAttribute key, Map<String, AttributeValue> item,
                                      boolean updated) {
        AttributeValue value = key == null ? null : item.get(key.name());
        if (value == null) {
            return;
        }
        // An update to an empty string or binary is refused as empty before its type, as DynamoDB Local does.
        if (updated && isEmptyScalar(value)) {
            throw DynamoErrors.validation(Messages.emptyIndexKeyFromUpdate(value.s() != null ? "string" : "binary"));
        }
        if (!key.accepts(value)) {
            throw DynamoErrors.validation(Messages.indexKeyTypeMismatch(key.name(), key.type().toString(),
                    Values.typeName(value), index.name()));
        }
        String empty = key.emptyTypeName(value);
        if (empty != null) {
            throw DynamoErrors.validation(updated ? Messages.emptyIndexKeyFromUpdate(empty)
                    : Messages.emptyIndexKey(empty, index.name(), key.name()));
        }
    }

    private static boolean isEmptyScalar(AttributeValue value) {
        return value.s() != null ? value.s().isEmpty() : value.b() != null && value.b().asByteArrayUnsafe().length == 0;
    }
}
