package dev.dynamoobjects.it.multikey;

import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** A shop, found by place: a partition key of two strings, a sort key of a string and a number. */
// snippet: multikey-record
@Record(table = "shop")
@GlobalIndex(name = "byPlace", partitionKey = {"country", "region"}, sortKey = {"city", "zip"})
@GlobalIndex(name = "byName", partitionKey = "name")
public interface Shop {
    @Key
    String shopId();

    String name();

    String country();

    String region();

    String city();

    int zip();
}
// end snippet
