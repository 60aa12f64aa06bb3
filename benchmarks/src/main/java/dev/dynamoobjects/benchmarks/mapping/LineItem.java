package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.annotation.Document;

/** A line of {@link Nested}. */
@Document
public interface LineItem {
    String sku();

    int quantity();

    double price();
}
