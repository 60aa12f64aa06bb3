package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A record whose stream carries KEYS_ONLY. */
@Record(table = "keys-only-parcel")
@Stream(StreamView.KEYS_ONLY)
public interface KeysOnlyParcel {
    @Key
    String id();

    int weight();
}
