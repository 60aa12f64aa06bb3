package dev.dynamoobjects.benchmarks.singletable;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The same entities as beans with hand-written {@code StaticTableSchema}s, as a careful user of the
 * Enhanced Client writes them for a single table: the decoder reads the type attribute and picks
 * the schema, since the Enhanced Client has no polymorphism.
 */
final class ShopBeans {
    /** A customer bean. */
    public static final class CustomerBean {
        String customerId;
        String name;
        String email;
    }

    /** An order bean. */
    public static final class OrderBean {
        String customerId;
        Instant placedAt;
        String orderId;
        String status;
        long totalCents;
    }

    static final StaticTableSchema<CustomerBean> CUSTOMER = StaticTableSchema.builder(CustomerBean.class)
            .newItemSupplier(CustomerBean::new)
            .addAttribute(String.class, a -> a.name("customerId").getter(c -> c.customerId).setter((c, v) -> c.customerId = v))
            .addAttribute(String.class, a -> a.name("name").getter(c -> c.name).setter((c, v) -> c.name = v))
            .addAttribute(String.class, a -> a.name("email").getter(c -> c.email).setter((c, v) -> c.email = v))
            .build();

    static final StaticTableSchema<OrderBean> ORDER = StaticTableSchema.builder(OrderBean.class)
            .newItemSupplier(OrderBean::new)
            .addAttribute(String.class, a -> a.name("customerId").getter(o -> o.customerId).setter((o, v) -> o.customerId = v))
            .addAttribute(Instant.class, a -> a.name("placedAt").getter(o -> o.placedAt).setter((o, v) -> o.placedAt = v))
            .addAttribute(String.class, a -> a.name("orderId").getter(o -> o.orderId).setter((o, v) -> o.orderId = v))
            .addAttribute(String.class, a -> a.name("status").getter(o -> o.status).setter((o, v) -> o.status = v))
            .addAttribute(long.class, a -> a.name("totalCents").getter(o -> o.totalCents).setter((o, v) -> o.totalCents = v))
            .build();

    private ShopBeans() {
    }
}
