package dev.dynamoobjects.it.singletable;

import static dev.dynamoobjects.it.singletable.SingleTableTest.MONDAY;
import static dev.dynamoobjects.it.singletable.SingleTableTest.customer;
import static dev.dynamoobjects.it.singletable.SingleTableTest.line;
import static dev.dynamoobjects.it.singletable.SingleTableTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mapping.EntityTypeException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.stream.Change;
import dev.dynamoobjects.stream.ChangeFeed;
import dev.dynamoobjects.stream.ChangeFeedException;
import dev.dynamoobjects.stream.ChangeKind;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.ItemKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Typed changes of a single table's stream, declared on the sealed interface, on every backend. */
@DynamoTest
class SingleTableStreamTest {
    DynamoDbClient dynamo;
    DynamoDbStreamsClient streams;
    private ShopTable shop;

    @BeforeEach
    void setUp() {
        shop = new ShopTable(DynamoDatabase.of(dynamo));
    }

    @Test
    void theFeedOfAnEntityTableYieldsOnlyThatEntitysChanges() {
        Order placed = order("c1", MONDAY, "o1");
        List<Change<Order>> changes = ChangeFeed.of(shop.orders(), streams).during(() -> {
            shop.customers().save(customer("c1", "Ada"));
            shop.orders().save(placed);
            shop.orderLines().save(line("o1", 1));
            shop.orders().save(placed.withTotal(900));
            shop.customers().delete("c1");
            shop.orders().delete("c1", MONDAY, "o1");
        });

        assertEquals(List.of(ChangeKind.INSERT, ChangeKind.MODIFY, ChangeKind.REMOVE),
                changes.stream().map(Change::kind).toList());
        changes.forEach(change -> assertEquals(shop.orders().keyOf("c1", MONDAY, "o1"), change.key()));
        assertEquals(900, changes.get(1).newRecord().orElseThrow().totalCents());
        assertEquals(placed.withTotal(900), changes.get(2).oldRecord().orElseThrow());
    }

    @Test
    void theFeedOfTheWholeTableYieldsEveryEntitysChangesTyped() {
        Customer ada = customer("c1", "Ada");
        // snippet: single-table-stream
        List<Change<Shop>> changes = ChangeFeed.of(shop, streams).during(() -> {   // every entity's changes
            shop.customers().save(ada);
            shop.orders().save(order("c1", MONDAY, "o1"));
            shop.orderLines().save(line("o1", 1));
            shop.customers().delete("c1");
        });
        Change<Shop> removal = changes.get(3);
        Customer removed = (Customer) removal.oldRecord().orElseThrow();     // decoded by its type attribute
        ItemKey<? extends Shop> key = removal.key();                         // shop.customers().keyOf("c1")
        List<Change<Order>> orders = ChangeFeed.of(shop.orders(), streams)   // one entity's changes only
                .during(() -> shop.orders().delete("c1", MONDAY, "o1"));
        // end snippet

        assertEquals(List.of("customer", "order", "line", "customer"), changes.stream()
                .map(change -> change.kind() == ChangeKind.REMOVE ? change.oldRecord() : change.newRecord())
                .map(entity -> ShopTable.visit(entity.orElseThrow(), new SingleTableTest.Names())).toList());
        assertEquals(ChangeKind.REMOVE, removal.kind());
        assertEquals(shop.customers().keyOf("c1"), key);
        assertEquals(shop.customers(), removal.table().orElseThrow());
        assertEquals(List.of("c1", "Ada", 1L), List.of(removed.customerId(), removed.name(), removed.version()));
        assertEquals(List.of(ChangeKind.REMOVE), orders.stream().map(Change::kind).toList());
        assertEquals(shop.orderLines().keyOf("o1", 1), changes.get(2).key());
    }

    @Test
    void anItemOfAnUnknownTypeIsReportedNeverMisDecoded() {
        Map<String, AttributeValue> wishlist = Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"),
                "sk", AttributeValue.fromS("WISHLIST"), "type", AttributeValue.fromS("wishlist"));
        List<Change<Shop>> changes = ChangeFeed.of(shop, streams)
                .during(() -> dynamo.putItem(r -> r.tableName(shop.customers().tableName()).item(wishlist)));

        assertEquals(1, changes.size());
        Change<Shop> unknown = changes.get(0);
        assertTrue(unknown.table().isEmpty());
        assertEquals(wishlist, unknown.newItem().orElseThrow());
        assertEquals("wishlist", assertThrows(EntityTypeException.class, unknown::newRecord).found());
        assertEquals("wishlist", assertThrows(EntityTypeException.class, unknown::key).found());

        Order placed = order("c1", MONDAY, "o1");
        List<Change<Order>> orders = ChangeFeed.of(shop.orders(), streams).during(() -> {
            dynamo.deleteItem(r -> r.tableName(shop.customers().tableName())
                    .key(Map.of("pk", wishlist.get("pk"), "sk", wishlist.get("sk"))));
            shop.orders().save(placed);
        });
        assertEquals(List.of(placed), orders.stream().map(change -> change.newRecord().orElseThrow()).toList());
    }

    @Test
    void aStreamWithoutBothImagesIsRefusedByTypedFeedsNamingTheViewToDeclare() {
        JournalTable journal = new JournalTable(DynamoDatabase.of(dynamo));
        Journal.Entry entry = new Journal.Entry("2026-12-06", "e1", "Snow");

        ChangeFeedException entries = assertThrows(ChangeFeedException.class,
                () -> ChangeFeed.of(journal.entries(), streams).during(() -> journal.entries().save(entry)));
        ChangeFeedException whole = assertThrows(ChangeFeedException.class,
                () -> ChangeFeed.of(journal, streams).during(() -> journal.entries().delete(entry)));

        String table = journal.entries().tableName();
        assertEquals("The stream of table " + table + " carries NEW_IMAGE, which does not tell the entity types of its"
                + " changes apart (INSERTs and REMOVEs need their image's type attribute); declare"
                + " @Stream(StreamView.NEW_AND_OLD_IMAGES) on the @SingleTable interface and give the table a stream"
                + " with that view (a stream's view cannot change: disable the stream and enable a new one)",
                entries.getMessage());
        assertEquals(entries.getMessage(), whole.getMessage());
        assertEquals(table, whole.table());
    }
}
