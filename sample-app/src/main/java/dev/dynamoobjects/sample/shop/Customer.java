package dev.dynamoobjects.sample.shop;

// snippet: shop-model
import dev.dynamoobjects.annotation.Entity;
import dev.dynamoobjects.annotation.Version;

// end snippet
/** A customer: its profile item heads the customer's item collection. */
// snippet: shop-model
@Entity(type = "customer", pk = "CUSTOMER#{customerId}", sk = "PROFILE")
public non-sealed interface Customer extends Shop {
    String customerId();
    String name();
    @Version long version();
}

// end snippet
