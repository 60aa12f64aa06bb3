package dev.dynamoobjects.processor.model;

import java.util.List;

/**
 * What a {@code @Record} adds to a document: its table, and what the library does around writes.
 *
 * @param schemaVersion the record's {@code @SchemaVersion}, or null
 * @param beforeWrite   the name of the record's {@code @BeforeWrite} method, or null
 * @param counterBlock  how many numbers an {@code @AutoIncrement} key reserves per counter request
 * @param streamView    the {@code StreamView} constant of the record's {@code @Stream}, or null for no stream
 */
public record TableModel(
        String tableName, AttributeModel partitionKey, AttributeModel sortKey, List<IndexModel> indexes,
        long readCapacity, long writeCapacity, SchemaVersionModel schemaVersion, String beforeWrite,
        int counterBlock, String streamView) {

    /**
     * A record's {@code @SchemaVersion}.
     *
     * @param attribute the attribute that holds the version in each item
     * @param value     the current version
     */
    public record SchemaVersionModel(String attribute, int value) {
    }
}
