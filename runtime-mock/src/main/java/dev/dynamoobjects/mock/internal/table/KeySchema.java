package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** The key of a table or index: a partition (hash) attribute and an optional sort (range) attribute. */
public record KeySchema(KeyAttribute hash, KeyAttribute range) {

    /** Returns true when the name is one of the key attributes. */
    public boolean isKey(String name) {
        return hash.name().equals(name) || (range != null && range.name().equals(name));
    }

    /** Returns the names of the key attributes. */
    public List<String> names() {
        return range == null ? List.of(hash.name()) : List.of(hash.name(), range.name());
    }

    /** Returns the number of key attributes. */
    public int size() {
        return range == null ? 1 : 2;
    }

    /** Returns the schema as the SDK describes it. */
    public List<KeySchemaElement> toSdk() {
        List<KeySchemaElement> elements = new ArrayList<>(2);
        elements.add(KeySchemaElement.builder().attributeName(hash.name()).keyType(KeyType.HASH).build());
        if (range != null) {
            elements.add(KeySchemaElement.builder().attributeName(range.name()).keyType(KeyType.RANGE).build());
        }
        return elements;
    }

    /**
     * Returns the key of a key map (GetItem, DeleteItem, UpdateItem, a batch get or delete, a
     * transaction item), with DynamoDB's errors when it holds other attributes, misses one, or has a
     * wrong type or an empty value. DynamoDB words the first three as a key that does not match the
     * schema, where DynamoDB Local counts "conditions on the keys" or names the type mismatch.
     */
    public PrimaryKey keyOfKeyMap(Map<String, AttributeValue> key) {
        // A value nested too deep is reported before the key's shape, as DynamoDB Local reports it.
        ItemValues.checkNesting(key, Messages.NESTING_TOO_DEEP_IN_ITEM);
        checkAttributeNames(key);
        checkValueTypes(key);
        return keyOf(key);
    }

    /** Throws DynamoDB's schema-mismatch error when a key attribute the map holds has another type. */
    public void checkValueTypes(Map<String, AttributeValue> key) {
        if (!typeFits(hash, key) || (range != null && !typeFits(range, key))) {
            throw DynamoErrors.validation(Messages.KEY_SCHEMA_MISMATCH);
        }
    }

    private static boolean typeFits(KeyAttribute attribute, Map<String, AttributeValue> key) {
        AttributeValue value = key.get(attribute.name());
        return value == null || attribute.accepts(value);
    }

    /** Throws DynamoDB's error unless a key map holds exactly the key attributes, whatever their values. */
    public void checkAttributeNames(Map<String, AttributeValue> key) {
        boolean named = key.containsKey(hash.name()) && (range == null || key.containsKey(range.name()));
        if (key.size() != size() || !named) {
            throw DynamoErrors.validation(Messages.KEY_SCHEMA_MISMATCH);
        }
    }

    /** Returns the key of a whole item (PutItem), with DynamoDB's errors for bad key attributes. */
    public PrimaryKey keyOf(Map<String, AttributeValue> item) {
        Object partition = checkedKey(hash, item.get(hash.name()), Limits.MAX_PARTITION_KEY_SIZE);
        Object sort = range == null ? null : checkedKey(range, item.get(range.name()), Limits.MAX_SORT_KEY_SIZE);
        return new PrimaryKey(partition, sort);
    }

    /**
     * Returns the key of an item already stored (its key attributes are valid), or null when the
     * item lacks one of them, which is how sparse indexes leave items out.
     */
    public PrimaryKey keyOfStored(Map<String, AttributeValue> item) {
        AttributeValue h = item.get(hash.name());
        if (h == null || !hash.indexable(h)) {
            return null;
        }
        if (range == null) {
            return new PrimaryKey(hash.keyObject(h), null);
        }
        AttributeValue r = item.get(range.name());
        if (r == null || !range.indexable(r)) {
            return null;
        }
        return new PrimaryKey(hash.keyObject(h), range.keyObject(r));
    }

    /** Returns only the key attributes of an item. */
    public Map<String, AttributeValue> keyAttributes(Map<String, AttributeValue> item) {
        if (range == null) {
            return Map.of(hash.name(), item.get(hash.name()));
        }
        return Map.of(hash.name(), item.get(hash.name()), range.name(), item.get(range.name()));
    }

    private static Object checkedKey(KeyAttribute attribute, AttributeValue value, int maxSize) {
        if (value == null) {
            throw DynamoErrors.validation(Messages.MISSING_KEY_VALUE);
        }
        // Checked like an item's attribute first (DynamoDB Local does), which also bounds canonical's walk.
        if (ItemValues.nestsDeeper(value, Limits.MAX_NESTING_LEVELS - 1)) {
            throw DynamoErrors.validation(Messages.NESTING_TOO_DEEP_IN_ITEM);
        }
        Object key = attribute.checkedKeyObject(ItemValues.canonical(value));
        if (ItemValues.size(value) > maxSize) {
            throw DynamoErrors.validation(Messages.KEY_TOO_LARGE);
        }
        return key;
    }
}
