package dev.dynamoobjects.it.stream;

// snippet: parcel
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** A parcel in a depot; its table's stream carries each change with the record before and after. */
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
// end snippet
