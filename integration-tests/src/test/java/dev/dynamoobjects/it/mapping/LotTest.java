package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sets of enums, UUIDs and times are string sets; decimals come back without trailing zeros and
 * the record still equals the one saved; a null key is named.
 */
@DynamoTest
class LotTest {
    private static final UUID ANN = UUID.fromString("5f0c1d2e-0000-4000-8000-000000000001");
    private static final UUID BOB = UUID.fromString("5f0c1d2e-0000-4000-8000-000000000002");
    private static final Instant NOON = Instant.parse("2026-01-01T12:00:00Z");

    DynamoDbClient dynamo;
    LotTable lots;

    @BeforeEach
    void table() {
        lots = new LotTable(DynamoDatabase.of(dynamo));
    }

    static ImmutableLot lot() {
        return ImmutableLot.builder().auction("a1").sku("vase")
                .colors(Set.of(Color.RED, Color.BLUE)).bidders(Set.of(ANN, BOB))
                .viewed(Set.of(NOON, NOON.plusMillis(1))).days(Set.of(LocalDate.of(2026, 1, 1)))
                .slots(Set.of(Duration.ofMinutes(15)))
                .price(new BigDecimal("19.90")).reserve(Optional.of(new BigDecimal("10.00")))
                .bids(List.of(new BigDecimal("1.50"), new BigDecimal("2"))).steps(Set.of(new BigDecimal("0.50")))
                .fees(Map.of("buyer", new BigDecimal("1.250")))
                .build();
    }

    @Test
    void setsOfValuesStoredAsStringsAreStringSets() {
        Map<String, AttributeValue> item = LotMapper.INSTANCE.toItem(lot());

        assertEquals(Set.of("RED", "BLUE"), Set.copyOf(item.get("colors").ss()));
        assertEquals(Set.of(ANN.toString(), BOB.toString()), Set.copyOf(item.get("bidders").ss()));
        assertEquals(2, item.get("viewed").ss().size());
        assertEquals(1, item.get("days").ss().size());
        assertEquals(1, item.get("slots").ss().size());
        assertEquals(lot().colors(), LotMapper.INSTANCE.fromItem(item).colors());
    }

    @Test
    void aSavedLotReadBackEqualsTheLotSaved() {
        ImmutableLot saved = lot();
        lots.save(saved);

        Lot read = lots.get("a1", "vase");
        assertEquals(saved, read);
        assertEquals(saved.hashCode(), read.hashCode());
        assertEquals(saved.bidders(), read.bidders());
        assertEquals(saved.viewed(), read.viewed());
        // DynamoDB keeps the value, not the scale: equality compares decimals by value.
        assertEquals(new BigDecimal("19.9"), read.price());
        assertNotEquals(saved.withPrice(new BigDecimal("19.91")), read);
    }

    @Test
    void aSetOfEnumsTakesAddAndContains() {
        lots.save(lot());

        lots.update("a1", "vase", LotTable.COLORS.add(Color.GREEN), LotTable.BIDDERS.delete(BOB));

        Lot read = lots.get("a1", "vase");
        assertEquals(Set.of(Color.RED, Color.GREEN, Color.BLUE), read.colors());
        assertEquals(Set.of(ANN), read.bidders());
        assertEquals(1, lots.scan().filter(LotTable.COLORS.contains(Color.GREEN)).count());
    }

    @Test
    void fromMapReadsSetsOfEnumsFromPlainStrings() {
        Lot lot = LotMapper.INSTANCE.fromMap(Map.of("auction", "a1", "sku", "vase", "colors", List.of("RED"),
                "price", 19.90));

        assertEquals(Set.of(Color.RED), lot.colors());
        assertEquals(ImmutableLot.builder().auction("a1").sku("vase").colors(Set.of(Color.RED))
                .price(new BigDecimal("19.90")).build(), lot);
    }

    @Test
    void aNullKeyIsNamed() {
        NullPointerException sortKey = assertThrows(NullPointerException.class, () -> lots.get("a1", null));
        assertEquals("sku (the sort key of lot) must not be null", sortKey.getMessage());
        NullPointerException partitionKey = assertThrows(NullPointerException.class, () -> lots.delete(null, "vase"));
        assertEquals("auction (the partition key of lot) must not be null", partitionKey.getMessage());
        try (LotMemoryTable memory = new LotMemoryTable(lots)) {
            NullPointerException inMemory = assertThrows(NullPointerException.class, () -> memory.find("a1", null));
            assertEquals("sku (the sort key of lot) must not be null", inMemory.getMessage());
        }
        NullPointerException query = assertThrows(NullPointerException.class, () -> lots.query(null));
        assertEquals("auction (the partition key of the query) must not be null", query.getMessage());
    }
}
