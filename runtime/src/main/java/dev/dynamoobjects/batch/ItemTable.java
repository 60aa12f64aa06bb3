package dev.dynamoobjects.batch;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.internal.errors.Errors;
import dev.dynamoobjects.table.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A DynamoDB table seen as raw items, for code that knows no record type (the operator tools,
 * the command line): the client that reaches it, its physical name and its key attribute names.
 *
 * <pre>{@code
 * ItemTable staging = ItemTable.describe(client, "staging_product");
 * new BatchWrite().putItems(staging, items).execute();
 * }</pre>
 *
 * @param client       the client that reaches the table
 * @param name         the physical table name, with any prefix
 * @param partitionKey the partition key attribute name
 * @param sortKey      the sort key attribute name, or null
 */
public record ItemTable(DynamoDbClient client, String name, String partitionKey, String sortKey) {
    /** Validates the required parts. */
    public ItemTable {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
    }

    /** Returns the raw view of a typed table. */
    public static ItemTable of(Table<?> table) {
        var schema = table.schema();
        return new ItemTable(table.database().client(), table.tableName(), schema.partitionKey().name(),
                schema.hasSortKey() ? schema.sortKey().name() : null);
    }

    /**
     * Returns the raw view of an existing table, reading its keys with {@code DescribeTable}.
     *
     * @throws dev.dynamoobjects.exception.TableNotFoundException when there is no such table
     */
    public static ItemTable describe(DynamoDbClient client, String name) {
        try {
            return of(client, client.describeTable(r -> r.tableName(name)).table());
        } catch (SdkException e) {
            throw Errors.translate(e, name, null);
        }
    }

    /** Returns the raw view of a table as {@code DescribeTable} described it. */
    public static ItemTable of(DynamoDbClient client, TableDescription table) {
        String partition = null;
        String sort = null;
        for (KeySchemaElement element : table.keySchema()) {
            if (element.keyType() == KeyType.HASH) {
                partition = element.attributeName();
            } else {
                sort = element.attributeName();
            }
        }
        return new ItemTable(client, table.tableName(), partition, sort);
    }

    /**
     * Returns the key attributes of an item (or of a key).
     *
     * @throws ValidationException when the item lacks a key attribute
     */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put(partitionKey, required(item, partitionKey));
        if (sortKey != null) {
            key.put(sortKey, required(item, sortKey));
        }
        return key;
    }

    private AttributeValue required(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        if (value == null) {
            throw new ValidationException("An item or key for table " + name + " lacks its key attribute "
                    + attribute + ": give every item the table's key (" + keyNames() + ")");
        }
        return value;
    }

    private String keyNames() {
        return sortKey == null ? partitionKey : partitionKey + " and " + sortKey;
    }
}
