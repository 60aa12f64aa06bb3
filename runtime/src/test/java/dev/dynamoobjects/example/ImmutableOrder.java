package dev.dynamoobjects.example;

import java.time.Instant;

/** Stands in for the processor's immutable implementation of {@link Order}. */
public record ImmutableOrder(long orderId, String reference, String item, Instant createdAt, Instant updatedAt,
        Instant expiresAt) implements Order {

    /** Returns a new order for an item: no key, reference or timestamps yet. */
    public static ImmutableOrder of(String item) {
        return new ImmutableOrder(0, null, item, null, null, null);
    }

    public static ImmutableOrder copyOf(Order o) {
        return o instanceof ImmutableOrder i ? i
                : new ImmutableOrder(o.orderId(), o.reference(), o.item(), o.createdAt(), o.updatedAt(), o.expiresAt());
    }

    public ImmutableOrder withOrderId(long value) {
        return new ImmutableOrder(value, reference, item, createdAt, updatedAt, expiresAt);
    }

    public ImmutableOrder withReference(String value) {
        return new ImmutableOrder(orderId, value, item, createdAt, updatedAt, expiresAt);
    }

    public ImmutableOrder withItem(String value) {
        return new ImmutableOrder(orderId, reference, value, createdAt, updatedAt, expiresAt);
    }

    public ImmutableOrder withCreatedAt(Instant value) {
        return new ImmutableOrder(orderId, reference, item, value, updatedAt, expiresAt);
    }

    public ImmutableOrder withUpdatedAt(Instant value) {
        return new ImmutableOrder(orderId, reference, item, createdAt, value, expiresAt);
    }
}
