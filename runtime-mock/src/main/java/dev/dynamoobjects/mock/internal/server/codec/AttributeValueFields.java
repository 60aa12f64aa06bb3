package dev.dynamoobjects.mock.internal.server.codec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which list and map fields hold attribute values or an AttributeValue's own members (SS, NS, BS, L,
 * M, and every {@code Map<String, AttributeValue>} such as Item or Key): in those a JSON null is a
 * value DynamoDB refuses by name, not an absent one. Decided once per field.
 */
final class AttributeValueFields {
    private static final Map<SdkField<?>, Boolean> HOLD_VALUES = new ConcurrentHashMap<>();

    private AttributeValueFields() {
    }

    /** True when the collection {@code field}, whose elements are {@code element}, carries attribute values. */
    static boolean holdValues(SdkField<?> field, SdkField<?> element) {
        Boolean known = HOLD_VALUES.get(field);
        if (known == null) {
            known = isAttributeValueMember(field) || isAttributeValue(element);
            HOLD_VALUES.put(field, known);
        }
        return known;
    }

    private static boolean isAttributeValueMember(SdkField<?> field) {
        return AttributeValue.builder().sdkFields().contains(field);
    }

    private static boolean isAttributeValue(SdkField<?> element) {
        return element.marshallingType() == MarshallingType.SDK_POJO
                && element.constructor().get() instanceof AttributeValue.Builder;
    }
}
