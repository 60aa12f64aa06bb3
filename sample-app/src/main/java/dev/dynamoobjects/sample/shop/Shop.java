package dev.dynamoobjects.sample.shop;

// The README's single-table section shows the four model files between the snippet markers (ReadmeSnippetsTest).
// snippet: shop-model
import dev.dynamoobjects.annotation.OverloadedIndex;
import dev.dynamoobjects.annotation.SingleTable;

// end snippet
/** One table for the customers, their orders and the orders' lines (single-table design). */
// snippet: shop-model
@SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
public sealed interface Shop permits Customer, Order, OrderLine {
}

// end snippet
