package dev.dynamoobjects.example;

import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.internal.mapping.Times;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper of {@link Order}: times as ISO-8601, {@code expiresAt} as epoch seconds. */
public final class OrderMapper implements RecordMapper<Order> {
    public static final OrderMapper INSTANCE = new OrderMapper();

    private OrderMapper() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Order o) {
        Map<String, AttributeValue> item = new HashMap<>(8);
        item.put("orderId", AttributeValue.fromN(Long.toString(o.orderId())));
        if (o.reference() != null) {
            item.put("reference", AttributeValue.fromS(o.reference()));
        }
        if (o.item() != null) {
            item.put("item", AttributeValue.fromS(o.item()));
        }
        if (o.createdAt() != null) {
            item.put("createdAt", AttributeValue.fromS(Times.format(o.createdAt())));
        }
        if (o.updatedAt() != null) {
            item.put("updatedAt", AttributeValue.fromS(Times.format(o.updatedAt())));
        }
        if (o.expiresAt() != null) {
            item.put("expiresAt", AttributeValue.fromN(Long.toString(Times.toEpoch(o.expiresAt(), ChronoUnit.SECONDS))));
        }
        return item;
    }

    @Override
    public Order fromItem(Map<String, AttributeValue> item) {
        return new ImmutableOrder(Long.parseLong(item.get("orderId").n()), s(item, "reference"), s(item, "item"),
                time(item, "createdAt"), time(item, "updatedAt"),
                item.containsKey("expiresAt")
                        ? Times.instantOfEpoch(Long.parseLong(item.get("expiresAt").n()), ChronoUnit.SECONDS) : null);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Order o) {
        return Map.of("orderId", AttributeValue.fromN(Long.toString(o.orderId())));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static Instant time(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : Times.toInstant(v.s(), name);
    }
}
