package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every supported type through the generated mapper and back, and the item it writes. */
class EverythingRoundTripTest {
    private static final EverythingMapper MAPPER = EverythingMapper.INSTANCE;

    static ImmutableAddress address(String street, ImmutableAddress... annexes) {
        return ImmutableAddress.builder().street(street).city("Lyon").floor(2).annexes(List.of(annexes)).build();
    }

    static ImmutableEverything full() {
        return ImmutableEverything.builder()
                .id("e-1").text("hello").letter('x').boxedLetter('y').flag(true).boxedFlag(false)
                .tiny((byte) -7).boxedTiny(Byte.MAX_VALUE).small((short) 300).boxedSmall(Short.MIN_VALUE)
                .count(42).boxedCount(Integer.MIN_VALUE).big(Long.MAX_VALUE).boxedBig(-1L)
                .ratio(0.25f).boxedRatio(-3.5f).amount(1234.5678).boxedAmount(-0.001)
                .decimal(new BigDecimal("12345678901234567890.123456789012345678"))
                .integer(new BigInteger("-98765432109876543210987654321098765432"))
                .bytes(new byte[] {1, 2, 3}).sdkBytes(SdkBytes.fromUtf8String("sdk"))
                .instant(Instant.parse("2024-02-29T12:34:56.789Z")).date(LocalDate.of(2024, 2, 29))
                .dateTime(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 1))
                .offsetDateTime(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .duration(Duration.ofMinutes(90)).expiresAt(Instant.ofEpochSecond(1_700_000_000))
                .epochDay(LocalDate.of(1970, 1, 11)).timeout(Duration.ofMillis(2500))
                .uuid(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")).color(Color.GREEN)
                .nickname(Optional.of("nick")).rank(Optional.of(3))
                .tags(List.of("a", "", "c")).matrix(List.of(List.of(1, 2), List.of(), List.of(-3)))
                .addresses(List.of(address("Main", address("Annex")), address("Side")))
                .labels(Set.of("x", "y")).numbers(Set.of(1, -2, 300)).decimals(Set.of(new BigDecimal("0.5")))
                .doubles(Set.of(1.5, 2.0)).sdkBlobs(Set.of(SdkBytes.fromUtf8String("b")))
                .letters(Set.of('p', 'q')).uuids(Set.of(UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .colors(Set.of(Color.GREEN)).instants(Set.of(Instant.EPOCH)).dates(Set.of(LocalDate.of(2000, 1, 1)))
                .dateTimes(Set.of(LocalDateTime.of(2000, 1, 1, 8, 0)))
                .offsetDateTimes(Set.of(OffsetDateTime.of(2000, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)))
                .durations(Set.of(Duration.ofSeconds(5)))
                .scores(Map.of("alice", 10, "bob", -5)).addressBook(Map.of("work", address("Office")))
                .home(address("Home")).price(new Money(new BigDecimal("12.50"), "EUR"))
                .priority(1).status("done")
                .build();
    }

    @Test
    void everyTypeSurvivesTheRoundTrip() {
        ImmutableEverything record = full();
        ImmutableEverything again = MAPPER.fromItem(MAPPER.toItem(record));
        assertEquals(record, again);
        assertArrayEquals(new byte[] {1, 2, 3}, again.bytes());
    }

    @Test
    void setsOfByteArraysRoundTripByContent() {
        // byte[] compares by identity, so a set of arrays is checked element by element.
        ImmutableEverything again = MAPPER.fromItem(MAPPER.toItem(full().withBlobs(Set.of(new byte[] {9, 8}))));
        assertArrayEquals(new byte[] {9, 8}, again.blobs().iterator().next());
    }

    @Test
    void numbersAreWrittenInDynamoDbsCanonicalSpelling() {
        Map<String, AttributeValue> item = MAPPER.toItem(full()
                .withAmount(1.0).withDecimal(new BigDecimal("1.500")).withRatio(100f)
                .withBoxedAmount(1e20).withInteger(BigInteger.TEN.pow(37)));
        assertEquals("1", item.get("amount").n());
        assertEquals("1.5", item.get("decimal").n());
        assertEquals("100", item.get("ratio").n());
        assertEquals("100000000000000000000", item.get("boxedAmount").n());
        assertEquals("1" + "0".repeat(37), item.get("integer").n());
        assertEquals("9223372036854775807", item.get("big").n());
        assertEquals("-7", item.get("tiny").n());
        assertEquals("0.0001", MAPPER.toItem(full().withAmount(1e-4)).get("amount").n());
    }

    @Test
    void thirtyEightDigitsKeepTheirPrecision() {
        BigDecimal precise = new BigDecimal("-1.2345678901234567890123456789012345678E+50");
        ImmutableEverything again = MAPPER.fromItem(MAPPER.toItem(full().withDecimal(precise)));
        assertEquals(0, precise.compareTo(again.decimal()));
        assertEquals(38, again.decimal().stripTrailingZeros().precision());
    }

    @Test
    void readingAcceptsWholeNumbersInAnySpelling() {
        Map<String, AttributeValue> item = new java.util.HashMap<>(MAPPER.toItem(full()));
        item.put("count", AttributeValue.fromN("1E+2"));
        item.put("big", AttributeValue.fromN("5.000"));
        ImmutableEverything record = MAPPER.fromItem(item);
        assertEquals(100, record.count());
        assertEquals(5L, record.big());
    }

    @Test
    void emptyStringsListsAndMapsAreKept() {
        ImmutableEverything record = full().withText("").withTags(List.of()).withScores(Map.of());
        Map<String, AttributeValue> item = MAPPER.toItem(record);
        assertEquals("", item.get("text").s());
        assertTrue(item.get("tags").hasL() && item.get("tags").l().isEmpty());
        assertTrue(item.get("scores").hasM() && item.get("scores").m().isEmpty());
        assertEquals(record, MAPPER.fromItem(item));
    }

    @Test
    void emptySetsAreLeftOutAndReadBackEmpty() {
        ImmutableEverything record = full().withLabels(Set.of()).withNumbers(null);
        Map<String, AttributeValue> item = MAPPER.toItem(record);
        assertFalse(item.containsKey("labels"));
        assertFalse(item.containsKey("numbers"));
        ImmutableEverything again = MAPPER.fromItem(item);
        assertEquals(Set.of(), again.labels());
        assertEquals(Set.of(), again.numbers());
    }

    @Test
    void setsAreWrittenWithoutElementsDynamoDbSeesAsEqual() {
        Set<BigDecimal> decimals = new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00"), BigDecimal.ONE));
        Set<byte[]> blobs = new LinkedHashSet<>(List.of(new byte[] {1}, new byte[] {1}));
        Map<String, AttributeValue> item = MAPPER.toItem(full().withDecimals(decimals).withBlobs(blobs)
                .withDoubles(Set.of(0.0, -0.0)));
        assertEquals(List.of("1"), item.get("decimals").ns());
        assertEquals(1, item.get("blobs").bs().size());
        assertEquals(List.of("0"), item.get("doubles").ns());
    }

    @Test
    void nullAttributesAreLeftOutAndReadBackNull() {
        ImmutableEverything bare = ImmutableEverything.builder().id("bare").build();
        Map<String, AttributeValue> item = MAPPER.toItem(bare);
        // Primitives are always written; defaults are values too.
        assertEquals(Set.of("id", "letter", "flag", "tiny", "small", "count", "big", "ratio", "amount", "priority", "status"),
                item.keySet());
        ImmutableEverything again = MAPPER.fromItem(item);
        assertEquals(bare, again);
        assertNull(again.text());
        assertNull(again.home());
        assertEquals(Optional.empty(), again.nickname());
    }

    @Test
    void missingAttributesTakeTheInterfacesDefaults() {
        ImmutableEverything record = MAPPER.fromItem(Map.of("id", AttributeValue.fromS("d")));
        assertEquals(7, record.priority());
        assertEquals("new", record.status());
        assertEquals(0, record.count());
        assertFalse(record.flag());
    }

    @Test
    void dynamoDbNullReadsAsMissing() {
        AttributeValue nul = AttributeValue.fromNul(true);
        ImmutableEverything record = MAPPER.fromItem(Map.of("id", AttributeValue.fromS("n"), "text", nul, "count", nul,
                "priority", nul, "home", nul, "labels", nul, "price", nul, "nickname", nul));
        assertNull(record.text());
        assertEquals(0, record.count());
        assertEquals(7, record.priority());
        assertNull(record.home());
        assertEquals(Set.of(), record.labels());
        assertNull(record.price());
        assertEquals(Optional.empty(), record.nickname());
    }

    @Test
    void nullsNestedInListsAndMapsAreStoredAsNull() {
        ImmutableEverything record = full()
                .withTags(Arrays.asList("a", null))
                .withScores(new java.util.HashMap<>(Map.of("x", 1)) {{ put("none", null); }})
                .withHome(ImmutableAddress.builder().street(null).annexes(Arrays.asList((Address) null)).build());
        Map<String, AttributeValue> item = MAPPER.toItem(record);
        assertEquals(Boolean.TRUE, item.get("tags").l().get(1).nul());
        assertEquals(Boolean.TRUE, item.get("scores").m().get("none").nul());
        assertFalse(item.get("home").m().containsKey("street"));
        assertEquals(record, MAPPER.fromItem(item));
    }

    @Test
    void timesAreStoredAsSortableStringsOrEpochNumbers() {
        Map<String, AttributeValue> item = MAPPER.toItem(full());
        assertEquals("2024-02-29T12:34:56.789000000Z", item.get("instant").s());
        assertEquals("2024-02-29", item.get("date").s());
        assertEquals("2024-02-29T23:59:59.000000001", item.get("dateTime").s());
        assertEquals("PT1H30M", item.get("duration").s());
        assertEquals("1700000000", item.get("expiresAt").n());
        assertEquals("10", item.get("epochDay").n());
        assertEquals("2500", item.get("timeout").n());
        String early = MAPPER.toItem(full().withInstant(Instant.parse("2024-01-01T00:00:00Z"))).get("instant").s();
        String later = MAPPER.toItem(full().withInstant(Instant.parse("2024-01-01T00:00:00.5Z"))).get("instant").s();
        assertTrue(early.compareTo(later) < 0, early + " sorts before " + later);
    }

    @Test
    void offsetDateTimesAreStoredInUtc() {
        OffsetDateTime paris = OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        ImmutableEverything again = MAPPER.fromItem(MAPPER.toItem(full().withOffsetDateTime(paris)));
        assertEquals("2024-06-01T10:00:00.000000000Z", MAPPER.toItem(again).get("offsetDateTime").s());
        assertTrue(paris.isEqual(again.offsetDateTime()));
    }

    @Test
    void otherTypesUseTheirNaturalEncoding() {
        Map<String, AttributeValue> item = MAPPER.toItem(full());
        assertEquals("GREEN", item.get("color").s());
        assertEquals("123e4567-e89b-12d3-a456-426614174000", item.get("uuid").s());
        assertEquals("x", item.get("letter").s());
        assertEquals(Boolean.TRUE, item.get("flag").bool());
        assertEquals("12.50 EUR", item.get("price").s());
        assertEquals("sdk", item.get("sdkBytes").b().asString(StandardCharsets.UTF_8));
        assertEquals("Home", item.get("home").m().get("street").s());
        assertEquals("Annex", item.get("addresses").l().get(0).m().get("annexes").l().get(0).m().get("street").s());
    }
}
