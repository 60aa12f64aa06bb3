package dev.dynamoobjects.it.table;

import dev.dynamoobjects.annotation.GlobalIndex;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.time.Instant;
import java.util.UUID;

/** Keys of converted types: a UUID partition key, an Instant sort key, an index on an enum. */
@Record(table = "reading")
@GlobalIndex(name = "byLevel", partitionKey = "level", sortKey = "at")
public interface Reading {
    @Key
    UUID sensor();

    @SortKey
    Instant at();

    Level level();

    double value();

    /** How alarming a reading is. */
    enum Level { LOW, HIGH }
}
