package dev.dynamoobjects.it.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The README's stream consumer, run twice from its stored checkpoint; and the README's test of a change. */
@DynamoTest
class ParcelNotifierTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    ParcelTable parcels;

    @BeforeEach
    void tables() {
        parcels = new ParcelTable(StreamBackend.of(dynamo, streams).database());
    }

    @Test
    void eachStatusChangeIsToldOnce() {
        List<String> messages = new ArrayList<>();
        ParcelNotifier notifier = new ParcelNotifier(parcels, streams, messages::add);
        parcels.save(ChangeFeedTest.parcel("p1", 3));
        parcels.update("d1", "p1", ParcelTable.STATUS.set("SENT"));
        String checkpoint = notifier.run(null);

        parcels.update("d1", "p1", ParcelTable.WEIGHT.set(4));
        parcels.update("d1", "p1", ParcelTable.STATUS.set("DELIVERED"));
        notifier.run(checkpoint);

        assertEquals(List.of("d1: parcel p1 is SENT", "d1: parcel p1 is DELIVERED"), messages);
    }

    @Test
    void aSaveIsOneInsert() {
        Parcel parcel = ChangeFeedTest.parcel("p1", 3);
        // snippet: during
        List<Change<Parcel>> changes = ChangeFeed.of(parcels, streams).during(() -> parcels.save(parcel));

        assertEquals(ChangeKind.INSERT, changes.get(0).kind());
        assertEquals(parcel, changes.get(0).newRecord().orElseThrow());
        // end snippet
        assertEquals(1, changes.size());
    }
}
