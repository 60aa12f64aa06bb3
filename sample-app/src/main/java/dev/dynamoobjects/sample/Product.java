package dev.dynamoobjects.sample;

// snippet: product
import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;   // import by name: "annotation.*" clashes with java.lang.Record
import dev.dynamoobjects.annotation.SortKey;

// end snippet
// The README's quick start shows this file between the snippet markers (ReadmeSnippetsTest).
/**
 * A product on the shelves of one store: the store is the partition key, the SKU the sort key, and
 * the index {@code by-category} finds products of a category across stores, cheapest first.
 */
// snippet: product
@Record(table = "product")
@GlobalIndex(name = "by-category", partitionKey = "category", sortKey = "priceCents")
public interface Product {
    @Key String storeId();
    @SortKey String sku();
    String name();
    String category();
    long priceCents();
    int stock();
    long sold();
}
// end snippet
