package dev.dynamoobjects.benchmarks.singletable;

import dev.dynamoobjects.annotation.Entity;
import dev.dynamoobjects.annotation.SingleTable;
import java.time.Instant;

/** A customer and its orders in one table, decoded by generated code in {@link CollectionDecodingBenchmark}. */
@SingleTable(name = "shop")
public sealed interface Shop permits Shop.Customer, Shop.Order {
    /** The customer's profile item. */
    @Entity(type = "customer", pk = "CUSTOMER#{customerId}", sk = "PROFILE")
    record Customer(String customerId, String name, String email) implements Shop {
    }

    /** One of its orders. */
    @Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{placedAt}#{orderId}")
    record Order(String customerId, Instant placedAt, String orderId, String status, long totalCents)
            implements Shop {
    }
}
