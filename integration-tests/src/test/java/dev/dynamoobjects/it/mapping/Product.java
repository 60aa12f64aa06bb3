package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Attribute;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Java record as a table's record: no generated implementation, the record is immutable already. */
@Record(table = "product")
public record Product(
        @Key String sku,
        @SortKey int revision,
        @Attribute("product_name") String name,
        Optional<String> note,
        Set<String> tags,
        Dimensions size,
        List<Dimensions> parts) {
}
