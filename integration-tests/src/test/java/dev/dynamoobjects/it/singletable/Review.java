package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.Entity;

/** A review of a product: boxed numbers in its key templates, which must not be null. */
@Entity(type = "review", pk = "SKU#{sku}", sk = "REVIEW#{stars}#{reviewId}")
public record Review(String sku, Integer stars, Long reviewId, String text) implements Shop {
}
