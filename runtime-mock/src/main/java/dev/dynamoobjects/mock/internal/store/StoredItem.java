package dev.dynamoobjects.mock.internal.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item as the engine keeps it: the attribute map, immutable and shared with requests and
 * responses (no copies), and its DynamoDB size, computed once on write.
 */
public record StoredItem(Map<String, AttributeValue> attributes, int size) {
}
