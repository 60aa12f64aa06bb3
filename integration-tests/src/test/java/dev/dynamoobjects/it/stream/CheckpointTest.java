package dev.dynamoobjects.it.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeFeedException;
import dev.dynamoobjects.stream.ChangeReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A reader's checkpoint: stored as text, it resumes after the last change read, in another reader. */
@DynamoTest
class CheckpointTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    ParcelTable parcels;
    ChangeFeed<Parcel> feed;

    @BeforeEach
    void feed() {
        StreamBackend backend = StreamBackend.of(dynamo, streams);
        parcels = new ParcelTable(backend.database());
        feed = ChangeFeed.of(parcels, backend.streams());
    }

    @Test
    void aNewReaderResumesAfterTheLastChangeRead() {
        parcels.save(ChangeFeedTest.parcel("p1", 1));
        parcels.save(ChangeFeedTest.parcel("p2", 1));
        ChangeReader<Parcel> first = feed.fromTrimHorizon();
        assertEquals(List.of("p1", "p2"), parcelIds(first.poll()));
        String checkpoint = first.checkpoint();

        parcels.save(ChangeFeedTest.parcel("p3", 1));
        ChangeReader<Parcel> resumed = feed.from(checkpoint);
        assertEquals(List.of("p3"), parcelIds(resumed.poll()));
        assertEquals(List.of(), resumed.poll());
        assertEquals(List.of("p3"), parcelIds(feed.from(checkpoint).poll()));
        assertEquals(List.of(), feed.from(resumed.checkpoint()).poll());
    }

    @Test
    void aCheckpointBeforeAnyChangeReadsFromTheStart() {
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();
        assertEquals(List.of(), reader.poll());
        String checkpoint = reader.checkpoint();
        assertTrue(checkpoint.startsWith("1|" + feed.streamArn()), checkpoint);

        parcels.save(ChangeFeedTest.parcel("p1", 1));
        assertEquals(List.of("p1"), parcelIds(feed.from(checkpoint).poll()));
    }

    @Test
    void aTextThatIsNoCheckpointIsRefused() {
        ChangeFeedException refused = assertThrows(ChangeFeedException.class, () -> feed.from("shard-7"));
        assertEquals("Not a change feed checkpoint (no version 1 and stream ARN): \"shard-7\"; pass a string that"
                + " ChangeReader.checkpoint() returned", refused.getMessage());
        assertThrows(ChangeFeedException.class, () -> feed.from("1|" + feed.streamArn() + "|shard=next"));
    }

    @Test
    void aCheckpointOfAnotherStreamIsRefused() {
        String other = "arn:aws:dynamodb:us-east-1:000000000000:table/parcel/stream/2020-01-01T00:00:00.000";
        ChangeFeedException refused = assertThrows(ChangeFeedException.class, () -> feed.from("1|" + other));
        assertTrue(refused.getMessage().startsWith("The checkpoint belongs to stream " + other + ", but table "
                + parcels.tableName() + " now streams to " + feed.streamArn()), refused.getMessage());
    }

    private static List<String> parcelIds(List<Change<Parcel>> changes) {
        return changes.stream().map(c -> c.newRecord().orElseThrow().parcelId()).toList();
    }
}
