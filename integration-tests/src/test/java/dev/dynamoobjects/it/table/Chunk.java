package dev.dynamoobjects.it.table;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import software.amazon.awssdk.core.SdkBytes;

/** A binary partition key and a primitive int sort key. */
@Record(table = "chunk")
public interface Chunk {
    @Key
    SdkBytes file();

    @SortKey
    int part();

    String text();
}
