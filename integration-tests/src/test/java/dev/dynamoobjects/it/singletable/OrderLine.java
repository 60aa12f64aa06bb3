package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.Entity;

@Entity(type = "line", pk = "ORDER#{orderId}", sk = "LINE#{lineNo}")
public non-sealed interface OrderLine extends Shop {
    String orderId();

    int lineNo();

    String sku();

    int quantity();
}
