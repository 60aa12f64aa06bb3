package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.Entity;
import dev.dynamoobjects.annotation.EntityIndex;
import java.time.Instant;

@Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{placedAt}#{orderId}",
        indexes = @EntityIndex(index = "gsi1", pk = "STATUS#{status}", sk = "ORDER#{placedAt}#{orderId}"))
public record Order(String customerId, Instant placedAt, String orderId, String status, long totalCents)
        implements Shop {
    /** Returns this order with another total. */
    public Order withTotal(long cents) {
        return new Order(customerId, placedAt, orderId, status, cents);
    }
}
