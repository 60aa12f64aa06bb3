package dev.dynamoobjects.sample.shop;

import dev.dynamoobjects.annotation.Entity;
// snippet: shop-model
import dev.dynamoobjects.annotation.EntityIndex;
import java.time.Instant;

// end snippet
/** An order, in its customer's collection by date, and in index gsi1 by status. */
// snippet: shop-model
@Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{placedAt}#{orderId}",
        indexes = @EntityIndex(index = "gsi1", pk = "STATUS#{status}", sk = "{placedAt}"))
public record Order(String customerId, Instant placedAt, String orderId, String status, long totalCents)
        implements Shop {
}

// end snippet
