package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A record whose stream carries OLD_IMAGE. */
@Record(table = "old-image-parcel")
@Stream(StreamView.OLD_IMAGE)
public interface OldImageParcel {
    @Key
    String id();

    int weight();
}
