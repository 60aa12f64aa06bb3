package dev.dynamoobjects.it.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.it.table.ShelfTable;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeFeedException;
import dev.dynamoobjects.stream.ChangeKind;
import dev.dynamoobjects.tools.TableAdmin;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Each kind of change of a generated table, read through its typed change feed. */
@DynamoTest
class ChangeFeedTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    StreamBackend backend;
    ParcelTable parcels;
    ChangeFeed<Parcel> feed;

    @BeforeEach
    void feed() {
        backend = StreamBackend.of(dynamo, streams);
        parcels = new ParcelTable(backend.database());
        feed = ChangeFeed.of(parcels, backend.streams());
    }

    @Test
    void insertModifyAndRemoveOfOneItemInOrder() {
        ImmutableParcel parcel = parcel("p1", 3);
        List<Change<Parcel>> changes = feed.during(() -> {
            parcels.save(parcel);
            parcels.save(parcel.withWeight(4));
            parcels.delete("d1", "p1");
        });

        assertEquals(List.of(ChangeKind.INSERT, ChangeKind.MODIFY, ChangeKind.REMOVE),
                changes.stream().map(Change::kind).toList());
        changes.forEach(change -> assertEquals(parcels.keyOf("d1", "p1"), change.key()));
        assertEquals(List.of(Optional.empty(), Optional.of(parcel), Optional.of(parcel.withWeight(4))),
                changes.stream().map(Change::oldRecord).toList());
        assertEquals(List.of(Optional.of(parcel), Optional.of(parcel.withWeight(4)), Optional.empty()),
                changes.stream().map(Change::newRecord).toList());
        List<BigInteger> sequence = changes.stream().map(c -> new BigInteger(c.sequenceNumber())).toList();
        assertEquals(sequence.stream().sorted().distinct().toList(), sequence);
        changes.forEach(change -> assertNotNull(change.approximateTime()));
    }

    @Test
    void updatesAndConditionalWritesAreChangesToo() {
        parcels.save(parcel("p1", 3));
        List<Change<Parcel>> changes = feed.during(() -> parcels.update("d1", "p1", ParcelTable.STATUS.set("SENT")));

        assertEquals(1, changes.size());
        assertEquals(ChangeKind.MODIFY, changes.get(0).kind());
        assertEquals("RECEIVED", changes.get(0).oldRecord().orElseThrow().status());
        assertEquals("SENT", changes.get(0).newRecord().orElseThrow().status());
    }

    @Test
    void duringReturnsOnlyTheBlocksChanges() {
        parcels.save(parcel("before", 1));
        List<Change<Parcel>> changes = feed.during(() -> parcels.save(parcel("inside", 2)));

        assertEquals(List.of(parcels.keyOf("d1", "inside")), changes.stream().map(Change::key).toList());
    }

    @Test
    void aBlockThatChangesNothingReturnsNoChangeAfterTheWait() {
        parcels.save(parcel("p1", 3));
        List<Change<Parcel>> changes = feed.during(Duration.ofMillis(100), () -> {
            assertThrows(ConditionFailedException.class, () -> parcels.save(parcel("p1", 5), ParcelTable.WEIGHT.eq(4)));
            parcels.find("d1", "p1");
        });

        assertEquals(List.of(), changes);
    }

    @Test
    void theTableIsCreatedWithItsStream() {
        assertTrue(feed.streamArn().startsWith("arn:"), feed.streamArn());
        StreamSpecification stream = new TableAdmin(backend.database()).describe("parcel").streamSpecification();
        assertEquals(StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                .build(), stream);
    }

    @Test
    void aCopyOfTheTableHasTheSameStream() {
        TableAdmin admin = new TableAdmin(backend.database());
        parcels.ensureExists();
        admin.createLike(admin.describe("parcel"), "parcel-copy");

        assertEquals(admin.describe("parcel").streamSpecification(), admin.describe("parcel-copy").streamSpecification());
    }

    @Test
    void aTableWithoutStreamIsNamed() {
        ShelfTable shelves = new ShelfTable(backend.database());
        ChangeFeedException noStream = assertThrows(ChangeFeedException.class,
                () -> ChangeFeed.of(shelves, backend.streams()).fromTrimHorizon());

        assertEquals("Table " + shelves.tableName() + " has no stream enabled: declare @Stream on its record"
                + " (or @SingleTable interface) before the table is created, or enable a stream on the table (UpdateTable with a StreamSpecification)",
                noStream.getMessage());
        assertEquals(shelves.tableName(), noStream.table());
    }

    static ImmutableParcel parcel(String id, int weight) {
        return ImmutableParcel.builder().depot("d1").parcelId(id).weight(weight).build();
    }
}
