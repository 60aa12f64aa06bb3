package dev.dynamoobjects.it.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.annotation.StreamView;
import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeFeedException;
import dev.dynamoobjects.stream.ChangeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What each stream view carries, and what a change says when asked for an image it does not carry or cannot decode. */
@DynamoTest
class StreamViewTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    StreamBackend backend;

    @BeforeEach
    void backend() {
        backend = StreamBackend.of(dynamo, streams);
    }

    @Test
    void keysOnlyCarriesTheKeyAndNoImage() {
        KeysOnlyParcelTable table = new KeysOnlyParcelTable(backend.database());
        Change<KeysOnlyParcel> change = ChangeFeed.of(table, backend.streams())
                .during(() -> table.save(ImmutableKeysOnlyParcel.builder().id("k1").weight(2).build())).get(0);

        assertEquals(List.of(ChangeKind.INSERT, StreamView.KEYS_ONLY), List.of(change.kind(), change.view()));
        assertEquals(table.keyOf("k1"), change.key());
        ChangeFeedException noNew = assertThrows(ChangeFeedException.class, change::newRecord);
        assertEquals("The stream of table " + table.tableName() + " carries KEYS_ONLY, so its changes have no new image;"
                + " declare @Stream(StreamView.NEW_AND_OLD_IMAGES) on the record and give the table a stream with that"
                + " view (a stream's view cannot change: disable the stream and enable a new one)", noNew.getMessage());
        assertTrue(assertThrows(ChangeFeedException.class, change::oldRecord).getMessage()
                .contains("carries KEYS_ONLY, so its changes have no old image"));
    }

    @Test
    void newImageCarriesTheRecordAfterTheChangeOnly() {
        NewImageParcelTable table = new NewImageParcelTable(backend.database());
        ImmutableNewImageParcel parcel = ImmutableNewImageParcel.builder().id("n1").weight(2).build();
        table.save(parcel);
        List<Change<NewImageParcel>> changes = ChangeFeed.of(table, backend.streams()).during(() -> {
            table.save(parcel.withWeight(3));
            table.delete("n1");
        });

        assertEquals(List.of(Optional.of(parcel.withWeight(3)), Optional.empty()),
                changes.stream().map(Change::newRecord).toList());
        assertTrue(assertThrows(ChangeFeedException.class, changes.get(0)::oldRecord).getMessage()
                .contains("carries NEW_IMAGE, so its changes have no old image"));
    }

    @Test
    void oldImageCarriesTheRecordBeforeTheChangeOnly() {
        OldImageParcelTable table = new OldImageParcelTable(backend.database());
        ImmutableOldImageParcel parcel = ImmutableOldImageParcel.builder().id("o1").weight(2).build();
        List<Change<OldImageParcel>> changes = ChangeFeed.of(table, backend.streams()).during(() -> {
            table.save(parcel);
            table.save(parcel.withWeight(3));
        });

        assertEquals(List.of(Optional.empty(), Optional.of(parcel)), changes.stream().map(Change::oldRecord).toList());
        assertTrue(assertThrows(ChangeFeedException.class, changes.get(1)::newRecord).getMessage()
                .contains("carries OLD_IMAGE, so its changes have no new image"));
    }

    @Test
    void anImageTheRecordCannotHoldFailsOnlyItsChange() {
        ParcelTable parcels = new ParcelTable(backend.database());
        List<Change<Parcel>> changes = ChangeFeed.of(parcels, backend.streams()).during(() -> {
            backend.database().client().putItem(r -> r.tableName(parcels.tableName()).item(Map.of(
                    "depot", AttributeValue.fromS("d1"), "parcelId", AttributeValue.fromS("bad"),
                    "weight", AttributeValue.fromS("heavy"))));
            parcels.save(ChangeFeedTest.parcel("good", 1));
        });

        Change<Parcel> bad = changes.get(0);
        assertEquals(parcels.keyOf("d1", "bad"), bad.key());
        MappingException undecodable = assertThrows(MappingException.class, bad::newRecord);
        assertTrue(undecodable.getMessage().startsWith("Cannot decode the new image of the INSERT of"
                + " {depot=\"d1\", parcelId=\"bad\"} (sequence number " + bad.sequenceNumber() + "): "),
                undecodable.getMessage());
        assertTrue(undecodable.getMessage().contains("weight"), undecodable.getMessage());
        assertEquals(Optional.of(ChangeFeedTest.parcel("good", 1)), changes.get(1).newRecord());
    }
}
