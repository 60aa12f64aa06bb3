package dev.dynamoobjects.it.stream;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A record whose stream carries both images: the full typed change. */
@Record(table = "parcel")
@Stream(StreamView.NEW_AND_OLD_IMAGES)
public interface Parcel {
    @Key
    String depot();

    @SortKey
    String parcelId();

    int weight();

    default String status() {
        return "RECEIVED";
    }
}
