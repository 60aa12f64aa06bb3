package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.expression.KeyCondition;
import dev.dynamoobjects.mock.internal.expression.MultiKeyCondition;
import dev.dynamoobjects.mock.internal.expression.Projection;
import dev.dynamoobjects.mock.internal.expression.QueryFilter;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.store.ItemStore;
import dev.dynamoobjects.mock.internal.table.IndexDefinition;
import dev.dynamoobjects.mock.internal.table.KeyAttribute;
import dev.dynamoobjects.mock.internal.table.KeySchema;
import dev.dynamoobjects.mock.internal.table.PrimaryKey;
import dev.dynamoobjects.mock.internal.table.Table;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** What a Query or Scan reads: a table, or one of its indexes, and how its items come back. */
final class ReadTarget {
    final Table table;
    final IndexDefinition index;

    private ReadTarget(Table table, IndexDefinition index) {
        this.table = table;
        this.index = index;
    }

    /** Returns the target, with DynamoDB's error when the index does not exist. */
    static ReadTarget of(Table table, String indexName) {
        if (indexName == null) {
            return new ReadTarget(table, null);
        }
        IndexDefinition index = table.indexes().get(indexName);
        if (index == null) {
            throw DynamoErrors.validation(Messages.noSuchIndex(indexName));
        }
        return new ReadTarget(table, index);
    }

    String indexName() {
        return index == null ? null : index.name();
    }

    /** Returns the store the target's items sit in. */
    ItemStore store() {
        return index == null ? table.items() : table.indexItems(index.name());
    }

    /** Returns the key of the table or index. */
    KeySchema keys() {
        return index == null ? table.keys() : index.keys();
    }

    /**
     * Checks the values of a Query's key condition as DynamoDB does: no key value may be an empty
     * string or binary, with the index named when the query reads one.
     */
    void checkKeyValues(KeyCondition key) {
        KeySchema keys = keys();
        if (key instanceof MultiKeyCondition multi) {
            for (KeyAttribute attribute : keys.attributes()) {
                multi.values().getOrDefault(attribute.name(), List.of()).forEach(value -> checkKeyValue(attribute, value));
            }
            return;
        }
        checkKeyValue(keys.hash(), key.partitionValue());
        if (keys.range() != null) {
            checkKeyValue(keys.range(), key.lowerBound());
            checkKeyValue(keys.range(), key.upperBound());
            checkKeyValue(keys.range(), key.prefix());
            checkSortKeySize(key.lowerBound());
            checkSortKeySize(key.upperBound());
            checkSortKeySize(key.prefix());
        }
    }

    /** A sort-key operand no sort key could equal: longer than the 1024 bytes a sort key may hold. */
    private static void checkSortKeySize(AttributeValue value) {
        if (value != null && ItemValues.size(value) > Limits.MAX_SORT_KEY_SIZE) {
            throw DynamoErrors.validation(Messages.SORT_KEY_CONDITION_TOO_LARGE);
        }
    }

    private void checkKeyValue(KeyAttribute attribute, AttributeValue value) {
        String empty = value == null || !attribute.accepts(value) ? null : attribute.emptyTypeName(value);
        if (empty != null) {
            throw DynamoErrors.validation(index == null ? Messages.emptyKey(empty, attribute.name())
                    : Messages.emptyIndexKey(empty, index.name(), attribute.name()));
        }
    }

    /**
     * Checks that an index holds what a read of it filters on and projects, as DynamoDB does: a
     * Query's filter may name only projected attributes (of any index, even a local one that
     * fetches the others for its results); a projection of a global index may name only projected
     * attributes.
     *
     * @param filter     the Query's filter, or null
     * @param projection the read's projection, or null
     */
    void checkProjected(QueryFilter filter, Projection projection) {
        if (index == null || index.projectsAll()) {
            return;
        }
        if (filter != null) {
            Set<String> missing = notHeld(filter.attributes());
            if (!missing.isEmpty()) {
                throw DynamoErrors.validation(Messages.filterNotProjected(index.name(), missing));
            }
        }
        if (projection != null && index.global()) {
            Set<String> missing = notHeld(projection.attributes());
            if (!missing.isEmpty()) {
                throw DynamoErrors.validation(Messages.projectionNotProjected(index.name(), missing));
            }
        }
    }

    /** Returns the attributes the index does not hold, sorted as DynamoDB lists them. */
    private Set<String> notHeld(Set<String> attributes) {
        Set<String> missing = new TreeSet<>();
        for (String attribute : attributes) {
            if (!index.holds(attribute)) {
                missing.add(attribute);
            }
        }
        return missing;
    }

    /**
     * Rejects a consistent read of a global index, before any other check of the read, as DynamoDB
     * does, with the message of the read ({@link Messages#GSI_CONSISTENT_QUERY} or
     * {@link Messages#GSI_CONSISTENT_SCAN}).
     */
    void checkConsistentRead(boolean consistent, String message) {
        if (consistent && index != null && index.global()) {
            throw DynamoErrors.validation(message);
        }
    }

    /**
     * Checks Select against the target and the projection, as DynamoDB does.
     *
     * @param projection the parameter that projects (AttributesToGet or ProjectionExpression), or null
     */
    void check(Select select, String projection) {
        boolean hasProjection = projection != null;
        if (hasProjection && select != null && select != Select.SPECIFIC_ATTRIBUTES) {
            throw DynamoErrors.validation(Messages.projectionWithSelect(projection, select.toString()));
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
            throw DynamoErrors.validation(Messages.PROJECTED_WITHOUT_INDEX);
        }
        if (select == Select.SPECIFIC_ATTRIBUTES && !hasProjection) {
            throw DynamoErrors.validation(Messages.SPECIFIC_WITHOUT_PROJECTION);
        }
        if (select == Select.ALL_ATTRIBUTES && index != null && index.global() && !index.projectsAll()) {
            throw DynamoErrors.validation(Messages.selectAllOnGsi(index.name()));
        }
    }

    /**
     * Returns the attributes a read of this target returns for an item, before any ProjectionExpression.
     * A local index that does not project what the ProjectionExpression asks for fetches it from the
     * table, as DynamoDB does (a global index refuses such a projection in {@link #checkProjected}).
     */
    Map<String, AttributeValue> visible(Map<String, AttributeValue> item, Select select, boolean projecting) {
        if (index == null || select == Select.ALL_ATTRIBUTES || (projecting && !index.global())) {
            return item;
        }
        return index.project(item);
    }

    /** Returns the position after which a read resumes, from its ExclusiveStartKey. */
    PrimaryKey position(Map<String, AttributeValue> startKey) {
        Set<String> names = new HashSet<>(table.keys().names());
        if (index != null) {
            names.addAll(index.keys().names());
        }
        if (startKey.size() != names.size()) {
            throw DynamoErrors.validation(Messages.START_KEY_SIZE);
        }
        return index == null ? table.keys().keyOf(startKey) : table.indexPosition(index, startKey);
    }

    /** Returns the LastEvaluatedKey of an item: the table's key plus the index's. */
    Map<String, AttributeValue> lastEvaluatedKey(Map<String, AttributeValue> item) {
        if (index == null) {
            return table.keys().keyAttributes(item);
        }
        Map<String, AttributeValue> key = new HashMap<>(table.keys().keyAttributes(item));
        key.putAll(index.keys().keyAttributes(item));
        return key;
    }
}
