package dev.dynamoobjects.transaction;

import dev.dynamoobjects.table.Table;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One operation of a transaction, as sent, with what explains its failure.
 *
 * @param name    {@code save}, {@code create}, {@code update}, {@code delete}, {@code check} or {@code get}
 * @param table   the table
 * @param key     the item's key
 * @param bytes   the size counted against the transaction's limit
 * @param version the version its condition checks, -1 for none
 * @param request the SDK's item of the request ({@code TransactWriteItem} or {@code TransactGetItem})
 */
record Operation<T>(String name, Table<?> table, Map<String, AttributeValue> key, long bytes, long version,
        T request) {

    /** Returns the item's identity within a transaction: table and key. */
    ItemId id() {
        return new ItemId(table.tableName(), key);
    }

    /** An item's identity: DynamoDB allows one operation per item in a transaction. */
    record ItemId(String table, Map<String, AttributeValue> key) {
    }
}
