package dev.dynamoobjects.mock.internal.validation;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Checks the attribute values that one write of a batch or transaction carries (its item or key, at
 * any depth) before its tables and keys are looked at: DynamoDB Local reports a bad number, set or
 * attribute name before a missing table, a wrong key or an index-key type.
 */
public final class RequestValues {
    private RequestValues() {
    }

    /** Checks the values of one BatchWriteItem write: its put's item or its delete's key. */
    public static void checkBatchWrite(WriteRequest write) {
        check(write.putRequest() == null ? null : write.putRequest().item());
        check(write.deleteRequest() == null ? null : write.deleteRequest().key());
    }

    /** Checks the values of one TransactWriteItems item: its Put's item or its key. */
    public static void checkTransactWrite(TransactWriteItem item) {
        check(item.put() == null ? null : item.put().item());
        check(item.update() == null ? null : item.update().key());
        check(item.delete() == null ? null : item.delete().key());
        check(item.conditionCheck() == null ? null : item.conditionCheck().key());
    }

    /** Checks the values of one TransactGetItems read's key. */
    public static void checkTransactGet(Map<String, AttributeValue> key) {
        check(key);
    }

    private static void check(Map<String, AttributeValue> attributes) {
        if (attributes != null) {
            ItemValues.canonicalItem(attributes);
        }
    }
}
