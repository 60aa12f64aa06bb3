package dev.dynamoobjects.mock.internal.table;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.ItemValues;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * The key of a table or index: partition (hash) attributes and sort (range) attributes. A table or
 * a local index has one partition attribute and at most one sort attribute; a global index may have
 * up to four of each (DynamoDB's multi-attribute keys). A single attribute keys the store with its
 * own key object; several key it with the list of their key objects, compared left to right.
 *
 * @param hashes the partition attributes, in key-schema order (at least one)
 * @param ranges the sort attributes, in key-schema order (may be empty)
 */
public record KeySchema(List<KeyAttribute> hashes, List<KeyAttribute> ranges) {

    public KeySchema {
        hashes = List.copyOf(hashes);
        ranges = List.copyOf(ranges);
    }

    /** A key of one partition attribute and an optional (null) sort attribute. */
    public KeySchema(KeyAttribute hash, KeyAttribute range) {
        this(List.of(hash), range == null ? List.of() : List.of(range));
    }

    /** Returns the (first) partition attribute. */
    public KeyAttribute hash() {
        return hashes.get(0);
    }

    /** Returns the (first) sort attribute, or null when there is none. */
    public KeyAttribute range() {
        return ranges.isEmpty() ? null : ranges.get(0);
    }

    /** Returns true when the partition key or the sort key has several attributes. */
    public boolean multiAttribute() {
        return hashes.size() > 1 || ranges.size() > 1;
    }

    /** Returns true when the name is one of the key attributes. */
    public boolean isKey(String name) {
        for (KeyAttribute attribute : hashes) {
            if (attribute.name().equals(name)) {
                return true;
            }
        }
        for (KeyAttribute attribute : ranges) {
            if (attribute.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the names of the key attributes: the partition attributes, then the sort attributes. */
    public List<String> names() {
        List<String> names = new ArrayList<>(size());
        hashes.forEach(attribute -> names.add(attribute.name()));
        ranges.forEach(attribute -> names.add(attribute.name()));
        return names;
    }

    /** Returns the key attributes: the partition attributes, then the sort attributes. */
    public List<KeyAttribute> attributes() {
        List<KeyAttribute> attributes = new ArrayList<>(hashes);
        attributes.addAll(ranges);
        return attributes;
    }

    /** Returns the number of key attributes. */
    public int size() {
        return hashes.size() + ranges.size();
    }

    /** Returns the order of partition key objects. */
    public Comparator<Object> partitionOrder() {
        return order(hashes);
    }

    /** Returns the order of sort key objects, or null when there is no sort key. */
    public Comparator<Object> sortOrder() {
        return ranges.isEmpty() ? null : order(ranges);
    }

    private static Comparator<Object> order(List<KeyAttribute> attributes) {
        if (attributes.size() == 1) {
            return attributes.get(0).order();
        }
        List<Comparator<Object>> orders = attributes.stream().map(KeyAttribute::order).toList();
        return (a, b) -> {
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            for (int i = 0; i < orders.size(); i++) {
                int c = orders.get(i).compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** Returns the partition key object of values of the partition attributes, in key-schema order. */
    public Object partitionObject(List<AttributeValue> values) {
        if (hashes.size() == 1) {
            return hash().keyObject(values.get(0));
        }
        List<Object> objects = new ArrayList<>(values.size());
        for (int i = 0; i < hashes.size(); i++) {
            objects.add(hashes.get(i).keyObject(values.get(i)));
        }
        return List.copyOf(objects);
    }

    /** Returns the schema as the SDK describes it. */
    public List<KeySchemaElement> toSdk() {
        List<KeySchemaElement> elements = new ArrayList<>(size());
        hashes.forEach(h -> elements.add(KeySchemaElement.builder().attributeName(h.name()).keyType(KeyType.HASH).build()));
        ranges.forEach(r -> elements.add(KeySchemaElement.builder().attributeName(r.name()).keyType(KeyType.RANGE).build()));
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
        // Then each value as a value (empty, several types, a bad number or set), before the key's shape.
        key.forEach((name, value) -> {
            if (value == null) {
                throw DynamoErrors.validation(Messages.nullValue(name));
            }
            ItemValues.canonical(value);
        });
        checkAttributeNames(key);
        checkValueTypes(key);
        return keyOf(key);
    }

    /** Throws DynamoDB's schema-mismatch error when a key attribute the map holds has another type. */
    public void checkValueTypes(Map<String, AttributeValue> key) {
        boolean fits = true;
        for (KeyAttribute attribute : hashes) {
            fits &= typeFits(attribute, key);
        }
        for (KeyAttribute attribute : ranges) {
            fits &= typeFits(attribute, key);
        }
        if (!fits) {
            throw DynamoErrors.validation(Messages.KEY_SCHEMA_MISMATCH);
        }
    }

    private static boolean typeFits(KeyAttribute attribute, Map<String, AttributeValue> key) {
        AttributeValue value = key.get(attribute.name());
        return value == null || attribute.accepts(value);
    }

    /** Throws DynamoDB's error unless a key map holds exactly the key attributes, whatever their values. */
    public void checkAttributeNames(Map<String, AttributeValue> key) {
        boolean named = true;
        for (KeyAttribute attribute : hashes) {
            named &= key.containsKey(attribute.name());
        }
        for (KeyAttribute attribute : ranges) {
            named &= key.containsKey(attribute.name());
        }
        if (key.size() != size() || !named) {
            throw DynamoErrors.validation(Messages.KEY_SCHEMA_MISMATCH);
        }
    }

    /** Returns the key of a whole item (PutItem), with DynamoDB's errors for bad key attributes. */
    public PrimaryKey keyOf(Map<String, AttributeValue> item) {
        Object partition = keyObject(hashes, item, Limits.MAX_PARTITION_KEY_SIZE);
        Object sort = ranges.isEmpty() ? null : keyObject(ranges, item, Limits.MAX_SORT_KEY_SIZE);
        return new PrimaryKey(partition, sort);
    }

    private static Object keyObject(List<KeyAttribute> attributes, Map<String, AttributeValue> item, int maxSize) {
        if (attributes.size() == 1) {
            return checkedKey(attributes.get(0), item.get(attributes.get(0).name()), maxSize);
        }
        List<Object> objects = new ArrayList<>(attributes.size());
        for (KeyAttribute attribute : attributes) {
            objects.add(checkedKey(attribute, item.get(attribute.name()), maxSize));
        }
        return List.copyOf(objects);
    }

    /**
     * Returns the key of an item already stored (its key attributes are valid), or null when the
     * item lacks one of them, which is how sparse indexes leave items out: an index with a
     * multi-attribute key holds an item only when it has every one of them.
     */
    public PrimaryKey keyOfStored(Map<String, AttributeValue> item) {
        Object partition = storedObject(hashes, item);
        if (partition == null) {
            return null;
        }
        if (ranges.isEmpty()) {
            return new PrimaryKey(partition, null);
        }
        Object sort = storedObject(ranges, item);
        return sort == null ? null : new PrimaryKey(partition, sort);
    }

    private static Object storedObject(List<KeyAttribute> attributes, Map<String, AttributeValue> item) {
        if (attributes.size() == 1) {
            return storedObject(attributes.get(0), item);
        }
        Object[] objects = new Object[attributes.size()];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = storedObject(attributes.get(i), item);
            if (objects[i] == null) {
                return null;
            }
        }
        return List.of(objects);
    }

    private static Object storedObject(KeyAttribute attribute, Map<String, AttributeValue> item) {
        AttributeValue value = item.get(attribute.name());
        return value == null || !attribute.indexable(value) ? null : attribute.keyObject(value);
    }

    /** Returns only the key attributes of an item. */
    public Map<String, AttributeValue> keyAttributes(Map<String, AttributeValue> item) {
        if (size() == 1) {
            return Map.of(hash().name(), item.get(hash().name()));
        }
        if (size() == 2) {
            String first = hashes.get(0).name();
            String second = ranges.isEmpty() ? hashes.get(1).name() : ranges.get(0).name();
            return Map.of(first, item.get(first), second, item.get(second));
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (String name : names()) {
            key.put(name, item.get(name));
        }
        return key;
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
