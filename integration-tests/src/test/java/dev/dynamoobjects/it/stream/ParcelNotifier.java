package dev.dynamoobjects.it.stream;

// snippet: consumer
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeKind;
import dev.dynamoobjects.stream.ChangeReader;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A job that tells depots when a parcel's status changes; run it every few seconds. */
public final class ParcelNotifier {
    private final ChangeFeed<Parcel> feed;
    private final Consumer<String> messages;

    public ParcelNotifier(ParcelTable parcels, DynamoDbStreamsClient streams, Consumer<String> messages) {
        this.feed = ChangeFeed.of(parcels, streams);
        this.messages = messages;
    }

    /** Handles the changes after {@code checkpoint} (null: all the stream holds); returns the checkpoint to store. */
    public String run(String checkpoint) {
        ChangeReader<Parcel> reader = checkpoint == null ? feed.fromTrimHorizon() : feed.from(checkpoint);
        for (Change<Parcel> change : reader.poll()) {
            if (change.kind() == ChangeKind.MODIFY) {
                Parcel before = change.oldRecord().orElseThrow();
                Parcel after = change.newRecord().orElseThrow();
                if (!before.status().equals(after.status())) {
                    messages.accept(after.depot() + ": parcel " + after.parcelId() + " is " + after.status());
                }
            }
        }
        return reader.checkpoint();
    }
}
// end snippet
