package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.Entity;
import dev.dynamoobjects.annotation.Version;

@Entity(type = "customer", pk = "CUSTOMER#{customerId}", sk = "PROFILE")
public non-sealed interface Customer extends Shop {
    String customerId();

    String name();

    @Version
    long version();
}
