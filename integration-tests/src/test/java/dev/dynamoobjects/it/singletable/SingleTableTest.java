package dev.dynamoobjects.it.singletable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.ValidationException;
import dev.dynamoobjects.exception.VersionConflictException;
import dev.dynamoobjects.mapping.EntityTypeException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoTest
class SingleTableTest {
    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant FRIDAY = Instant.parse("2026-12-04T09:00:00Z");

    DynamoDbClient dynamo;
    private ShopTable shop;

    @BeforeEach
    void setUp() {
        shop = new ShopTable(DynamoDatabase.of(dynamo));
    }

    static Customer customer(String id, String name) {
        return ImmutableCustomer.builder().customerId(id).name(name).build();
    }

    static Order order(String customerId, Instant placedAt, String orderId) {
        return new Order(customerId, placedAt, orderId, "OPEN", 1250);
    }

    @Test
    void itemsHoldTheTemplatedKeysTheTypeAndTheirOwnAttributes() {
        shop.orders().save(order("c1", MONDAY, "o1"));
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName("shop").key(Map.of(
                "pk", AttributeValue.fromS("CUSTOMER#c1"),
                "sk", AttributeValue.fromS("ORDER#2026-11-30T09:00:00.000000000Z#o1")))).item();
        assertEquals("order", item.get("type").s());
        assertEquals("STATUS#OPEN", item.get("gsi1pk").s());
        assertEquals("ORDER#2026-11-30T09:00:00.000000000Z#o1", item.get("gsi1sk").s());
        assertEquals("1250", item.get("totalCents").n());
        assertEquals("c1", item.get("customerId").s());
    }

    @Test
    void entityTablesReadAndWriteByTheirOwnKeyAttributes() {
        Customer saved = shop.customers().save(customer("c1", "Ada"));
        assertEquals(1, saved.version());
        assertEquals(saved, shop.customers().get("c1"));
        assertEquals(Optional.of(order("c1", MONDAY, "o1")),
                Optional.of(shop.orders().save(order("c1", MONDAY, "o1"))));
        assertEquals(order("c1", MONDAY, "o1"), shop.orders().get("c1", MONDAY, "o1"));
        assertEquals(1300, shop.orders().update("c1", MONDAY, "o1", OrderTable.TOTAL_CENTS.set(1300L)).totalCents());
        assertEquals(Optional.empty(), shop.orders().find("c1", TUESDAY, "o1"));
        assertThrows(VersionConflictException.class, () -> shop.customers().save(customer("c1", "Stale")));
        assertEquals(Optional.of(order("c1", MONDAY, "o1").withTotal(1300)), shop.orders().delete("c1", MONDAY, "o1"));
    }

    @Test
    void anEntityQueryReadsOnlyItsOwnItemsOfTheSharedPartition() {
        shop.customers().save(customer("c1", "Ada"));
        shop.orders().save(order("c1", TUESDAY, "o2"));
        shop.orders().save(order("c1", MONDAY, "o1"));
        assertEquals(List.of(order("c1", MONDAY, "o1"), order("c1", TUESDAY, "o2")), shop.orders().query("c1").list());
        assertEquals(List.of(shop.customers().get("c1")), shop.customers().query("c1").list());
        assertEquals(1, shop.customers().count());
        assertEquals(2, shop.orders().scan().list().size());
    }

    @Test
    void sortKeyConditionsAreTypedByTheTemplatesParts() {
        shop.orders().save(order("c1", MONDAY, "o1"));
        shop.orders().save(order("c1", TUESDAY, "o2"));
        shop.orders().save(order("c1", TUESDAY, "o3"));
        shop.orders().save(order("c1", FRIDAY, "o4"));
        assertEquals(List.of("o1", "o2", "o3"), ids(shop.orders().query("c1", OrderTable.placedAtBetween(MONDAY, TUESDAY)).list()));
        assertEquals(List.of("o2", "o3"), ids(shop.orders().query("c1", OrderTable.placedAtEquals(TUESDAY)).list()));
        assertEquals(List.of("o3"), ids(shop.orders().query("c1", OrderTable.orderIdEquals(TUESDAY, "o3")).list()));
        assertEquals(List.of("o4", "o3", "o2"),
                ids(shop.orders().query("c1", OrderTable.placedAtBetween(TUESDAY, FRIDAY)).descending().list()));
    }

    @Test
    void numbersInTemplatesAreZeroPaddedSoThatKeyOrderIsNumberOrder() {
        for (int lineNo : new int[] {10, 9, 100, 1}) {
            shop.orderLines().save(line("o1", lineNo));
        }
        assertEquals(List.of(1, 9, 10, 100), shop.orderLines().query("o1").list().stream().map(OrderLine::lineNo).toList());
        assertEquals(List.of(9, 10), shop.orderLines().query("o1", OrderLineTable.lineNoBetween(2, 10)).list().stream()
                .map(OrderLine::lineNo).toList());
        assertEquals("LINE#0000000009", dynamo.scan(r -> r.tableName("shop")).items().stream()
                .filter(i -> i.get("lineNo").n().equals("9")).findFirst().orElseThrow().get("sk").s());
        ValidationException negative = assertThrows(ValidationException.class, () -> shop.orderLines().save(line("o1", -1)));
        assertTrue(negative.getMessage().contains("lineNo = -1 is negative"), negative.getMessage());
    }

    @Test
    void anOverloadedIndexIsQueriedByTheEntitysIndexTemplates() {
        shop.orders().save(order("c1", MONDAY, "o1"));
        shop.orders().save(new Order("c2", TUESDAY, "o2", "SHIPPED", 10));
        shop.orders().save(order("c3", FRIDAY, "o3"));
        assertEquals(List.of("o1", "o3"), ids(shop.orders().queryByGsi1("OPEN").list()));
        assertEquals(List.of("o3"), ids(shop.orders().queryByGsi1("OPEN", OrderTable.gsi1PlacedAtBetween(TUESDAY, FRIDAY)).list()));
    }

    @Test
    void aCollectionQueryReturnsSeveralEntityTypesFromOneQuery() {
        shop.customers().save(customer("c1", "Ada"));
        shop.orders().save(order("c1", MONDAY, "o1"));
        shop.orders().save(order("c1", TUESDAY, "o2"));
        shop.orders().save(order("c2", TUESDAY, "o9"));
        ShopTable.CustomerCollection collection = shop.customerCollection("c1");
        assertEquals(List.of(shop.customers().get("c1")), collection.customers());
        assertEquals(List.of(order("c1", MONDAY, "o1"), order("c1", TUESDAY, "o2")), collection.orders());
        assertEquals(List.of("order", "order", "customer"), collection.all().stream()
                .map(e -> ShopTable.visit(e, new Names())).toList(), "sort key order: ORDER# < PROFILE");
        assertEquals(List.of(), collection.unknownItems());
    }

    @Test
    void itemsOfAnUnknownTypeAreReportedNeverMisDecoded() {
        shop.customers().save(customer("c1", "Ada"));
        dynamo.putItem(r -> r.tableName("shop").item(Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"),
                "sk", AttributeValue.fromS("WISHLIST"), "type", AttributeValue.fromS("wishlist"))));
        ShopTable.CustomerCollection collection = shop.customerCollection("c1");
        assertEquals(1, collection.customers().size());
        assertEquals(1, collection.unknownItems().size());
        assertEquals("wishlist", collection.unknownItems().get(0).get("type").s());
        Map<String, AttributeValue> wishlist = collection.unknownItems().get(0);
        EntityTypeException e = assertThrows(EntityTypeException.class, () -> shop.toEntity(wishlist));
        assertEquals("wishlist", e.found());
        EntityTypeException asOrder = assertThrows(EntityTypeException.class, () -> shop.orders().toRecord(wishlist));
        assertEquals("order", asOrder.expected());
    }

    @Test
    void aNullBoxedPlaceholderIsRefusedNamingTheAttributeAndTheEntity() {
        Review review = new Review("hat-red", 5, 1L, "Warm");
        shop.reviews().save(review);
        assertEquals(review, shop.reviews().get("hat-red", 5, 1L));

        NullPointerException stars = assertThrows(NullPointerException.class, () -> shop.reviews().get("hat-red", null, 1L));
        assertEquals("stars (the sort key of review) must not be null", stars.getMessage());
        NullPointerException id = assertThrows(NullPointerException.class, () -> shop.reviews().delete("hat-red", 5, null));
        assertEquals("reviewId (the sort key of review) must not be null", id.getMessage());
        NullPointerException sku = assertThrows(NullPointerException.class, () -> shop.reviews().find(null, 5, 1L));
        assertEquals("sku (the partition key of review) must not be null", sku.getMessage());
        NullPointerException saved = assertThrows(NullPointerException.class,
                () -> shop.reviews().save(new Review("hat-red", null, 2L, "?")));
        assertEquals("stars is part of a key template and must not be null", saved.getMessage());
    }

    static OrderLine line(String orderId, int lineNo) {
        return ImmutableOrderLine.builder().orderId(orderId).lineNo(lineNo).sku("sku-" + lineNo).quantity(1).build();
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::orderId).toList();
    }

    /** The visitor the generated table offers, since Java 17 has no switch over a sealed type. */
    static final class Names implements ShopTable.Visitor<String> {
        @Override
        public String customer(Customer customer) {
            return "customer";
        }

        @Override
        public String order(Order order) {
            return "order";
        }

        @Override
        public String orderLine(OrderLine orderLine) {
            return "line";
        }

        @Override
        public String review(Review review) {
            return "review";
        }
    }
}
