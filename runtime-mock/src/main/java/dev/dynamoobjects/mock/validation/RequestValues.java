package dev.dynamoobjects.mock.validation;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Checks every attribute value that a batch or transaction carries (items and keys, at any depth)
 * before anything else about the request: DynamoDB Local reports a bad number, set or attribute
 * name in any item before a missing table, a wrong key, an index-key type or too many items.
 */
public final class RequestValues {
    private RequestValues() {
    }

    /** Checks the values of a BatchWriteItem's puts and deletes. */
    public static void checkBatchWrite(Map<String, List<WriteRequest>> requestItems) {
        for (List<WriteRequest> writes : requestItems.values()) {
            for (WriteRequest write : writes) {
                check(write.putRequest() == null ? null : write.putRequest().item());
                check(write.deleteRequest() == null ? null : write.deleteRequest().key());
            }
        }
    }

    /** Checks the values of a TransactWriteItems' items and keys. */
    public static void checkTransactWrite(List<TransactWriteItem> items) {
        for (TransactWriteItem item : items) {
            check(item.put() == null ? null : item.put().item());
            check(item.update() == null ? null : item.update().key());
            check(item.delete() == null ? null : item.delete().key());
            check(item.conditionCheck() == null ? null : item.conditionCheck().key());
        }
    }

    private static void check(Map<String, AttributeValue> attributes) {
        if (attributes != null) {
            ItemValues.canonicalItem(attributes);
        }
    }
}
