package dev.dynamoobjects.it.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeReader;
import dev.dynamoobjects.stream.ChangesTrimmedException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading across shards as DynamoDB splits and closes them, over a {@link FakeStreams}: parents
 * before children, iterators that expire, throttled shards and trimmed records. (DynamoDB Local
 * rarely rolls a shard over, so a test on it could not show these.)
 */
class ShardLineageTest {
    private final FakeStreams streams = new FakeStreams();
    /** The table only decodes: the feed is given the stream, so no request reaches the database. */
    private final ChangeFeed<Parcel> feed = ChangeFeed.of(new ParcelTable(DynamoDatabase.of(new EmbeddedDynamoDb())),
            streams, FakeStreams.ARN);

    @Test
    void aParentIsReadToItsEndBeforeItsChildren() {
        streams.shard("child-a", "parent").shard("child-b", "parent").shard("parent", null).shard("other", null)
                .change("parent", "p1", 1).change("parent", "p1", 2).change("parent", "p2", 1).close("parent")
                .change("child-b", "p2", 2).change("child-a", "p1", 3).change("other", "p9", 1);

        List<String> read = described(feed.fromTrimHorizon().poll());

        // Shards without a parent to wait for come first, in listing order; then their children.
        assertEquals(List.of("p1@1", "p1@2", "p2@1", "p9@1", "p1@3", "p2@2"), read);
    }

    @Test
    void childrenWaitWhileTheirParentIsUnfinished() {
        streams.shard("parent", null).shard("child", "parent")
                .change("parent", "p1", 1).close("parent").change("child", "p1", 2);
        streams.throttleOnce("parent");
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();

        assertEquals(List.of(), reader.poll());
        assertEquals(List.of("p1@1", "p1@2"), described(reader.poll()));
    }

    @Test
    void aFinishedShardThatLeavesTheStreamLeavesTheCheckpoint() {
        streams.shard("parent", null).shard("child", "parent").change("parent", "p1", 1).close("parent");
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();
        reader.poll();
        assertTrue(reader.checkpoint().contains("parent=done"), reader.checkpoint());

        streams.trim("parent", true);
        streams.change("child", "p1", 2);
        assertEquals(List.of("p1@2"), described(reader.poll()));
        assertFalse(reader.checkpoint().contains("parent"), reader.checkpoint());
    }

    @Test
    void anExpiredIteratorIsTakenAgainFromTheCheckpoint() {
        streams.shard("open", null).change("open", "p1", 1).change("open", "p1", 2).change("open", "p1", 3);
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();
        assertEquals(List.of("p1@1", "p1@2", "p1@3"), described(reader.poll()));

        streams.change("open", "p1", 4);
        streams.expireIterators();
        assertEquals(List.of("p1@4"), described(reader.poll()));
        assertEquals(List.of(), reader.poll());
    }

    @Test
    void recordsTrimmedBeforeTheyWereReadAreLostChanges() {
        streams.shard("open", null).change("open", "p1", 1);
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();
        reader.poll();
        String checkpoint = reader.checkpoint();
        streams.trim("open", false);

        ChangesTrimmedException lost = assertThrows(ChangesTrimmedException.class, () -> feed.from(checkpoint).poll());
        assertEquals("open", lost.shardId());
        assertTrue(lost.getMessage().startsWith("Changes of table parcel were lost: shard open no longer holds the records after sequence"
                + " number 000000000000000000001 (DynamoDB keeps stream records for 24 hours)"), lost.getMessage());
    }

    @Test
    void aShardThatLeftTheStreamBeforeItWasReadToItsEndIsReported() {
        streams.shard("open", null).change("open", "p1", 1);
        ChangeReader<Parcel> reader = feed.fromTrimHorizon();
        reader.poll();
        streams.trim("open", true);

        ChangesTrimmedException lost = assertThrows(ChangesTrimmedException.class, reader::poll);
        assertEquals("open", lost.shardId());
        assertTrue(lost.getMessage().contains("may have been lost: shard open, read up to sequence number"
                + " 000000000000000000001, is no longer in the stream"), lost.getMessage());
    }

    /** Each change as {@code parcelId@weight}. */
    private static List<String> described(List<Change<Parcel>> changes) {
        return changes.stream().map(Change::newRecord)
                .map(parcel -> parcel.orElseThrow().parcelId() + "@" + parcel.orElseThrow().weight()).toList();
    }
}
