package dev.dynamoobjects.mock.table;

/**
 * An item's key as the store orders it: the partition key object and the sort key object (null
 * when the table has no sort key).
 */
public record PrimaryKey(Object partition, Object sort) {
}
