package dev.dynamoobjects.sample.shop;

import dev.dynamoobjects.annotation.Entity;

/** A line of an order, in the order's own collection, numbered from 1. */
// snippet: shop-model
@Entity(type = "line", pk = "ORDER#{orderId}", sk = "LINE#{lineNo}")   // lineNo zero-padded: LINE#0000000002
public non-sealed interface OrderLine extends Shop {
    String orderId();
    int lineNo();
    String sku();
    int quantity();
}
// end snippet
