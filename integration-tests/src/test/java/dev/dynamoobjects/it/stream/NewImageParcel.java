package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A record whose stream carries NEW_IMAGE. */
@Record(table = "new-image-parcel")
@Stream(StreamView.NEW_IMAGE)
public interface NewImageParcel {
    @Key
    String id();

    int weight();
}
