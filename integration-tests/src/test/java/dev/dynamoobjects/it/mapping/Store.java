package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Attribute;
import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Version;
import java.util.List;

/** The quick-start record. */
@Record(table = "store")
@GlobalIndex(name = "byCity", partitionKey = "city_name")
public interface Store {
    @Key
    String storeId();

    String name();

    @Attribute("city_name")
    String city();

    default List<String> tags() {
        return List.of();
    }

    @Version
    long version();
}
