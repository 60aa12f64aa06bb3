package dev.dynamoobjects.processor.model;

import java.util.List;

/** What a {@code @Record} adds to a document: its table. */
public record TableModel(
        String tableName, AttributeModel partitionKey, AttributeModel sortKey, List<IndexModel> indexes,
        long readCapacity, long writeCapacity) {
}
