package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.mapping.MappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code fromMap}: a map of plain values, as a JSON parser produces it, becomes the
 * same record as the item of every supported type; what does not fit is reported, all at once.
 */
class FromMapTest {
    private static final EverythingMapper MAPPER = EverythingMapper.INSTANCE;

    private static Map<String, Object> address(String street, List<?> annexes) {
        return Map.of("street", street, "city", "Lyon", "floor", 2, "annexes", annexes);
    }

    /** {@link EverythingRoundTripTest#full()} as JSON would carry it. */
    static Map<String, Object> fullAsJson() {
        Map<String, Object> json = new HashMap<>();
        json.putAll(Map.of("id", "e-1", "text", "hello", "letter", "x", "boxedLetter", "y", "flag", true,
                "boxedFlag", false, "tiny", -7, "boxedTiny", 127, "small", 300, "boxedSmall", -32768));
        json.putAll(Map.of("count", 42, "boxedCount", Integer.MIN_VALUE, "big", Long.MAX_VALUE, "boxedBig", -1L,
                "ratio", 0.25, "boxedRatio", -3.5, "amount", 1234.5678, "boxedAmount", -0.001,
                "decimal", new BigDecimal("12345678901234567890.123456789012345678"),
                "integer", new BigInteger("-98765432109876543210987654321098765432")));
        json.putAll(Map.of("bytes", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}),
                "sdkBytes", Base64.getEncoder().encodeToString("sdk".getBytes()),
                "instant", "2024-02-29T12:34:56.789Z", "date", "2024-02-29", "dateTime", "2024-02-29T23:59:59.000000001",
                "offsetDateTime", "2024-01-01T00:00Z", "duration", "PT1H30M", "expiresAt", 1_700_000_000,
                "epochDay", 10, "timeout", 2500));
        json.putAll(Map.of("uuid", "123e4567-e89b-12d3-a456-426614174000", "color", "GREEN", "nickname", "nick",
                "rank", 3, "tags", List.of("a", "", "c"), "matrix", List.of(List.of(1, 2), List.of(), List.of(-3)),
                "addresses", List.of(address("Main", List.of(address("Annex", List.of()))), address("Side", List.of())),
                "labels", List.of("x", "y"), "numbers", List.of(1, -2, 300), "decimals", List.of(0.5)));
        json.putAll(Map.of("doubles", List.of(1.5, 2.0), "sdkBlobs", List.of(Base64.getEncoder().encodeToString("b".getBytes())),
                "scores", Map.of("alice", 10, "bob", -5), "addressBook", Map.of("work", address("Office", List.of())),
                "home", address("Home", List.of()), "price", "12.50 EUR", "priority", 1, "status", "done"));
        json.putAll(Map.of("letters", List.of("p", "q"), "uuids", List.of("00000000-0000-0000-0000-000000000001"),
                "colors", List.of("GREEN"), "instants", List.of("1970-01-01T00:00:00Z"), "dates", List.of("2000-01-01"),
                "dateTimes", List.of("2000-01-01T08:00"), "offsetDateTimes", List.of("2000-01-01T08:00Z"),
                "durations", List.of("PT5S")));
        return json;
    }

    @Test
    void everyTypeIsReadFromPlainValues() {
        assertEquals(EverythingRoundTripTest.full(), MAPPER.fromMap(fullAsJson()));
    }

    @Test
    void missingAttributesTakeTheirDefaults() {
        Everything bare = MAPPER.fromMap(Map.of("id", "bare"));
        assertEquals(ImmutableEverything.builder().id("bare").build(), bare);
        assertEquals(7, bare.priority());
    }

    @Test
    void everyUnknownAttributeAndWrongValueIsReportedAtOnce() {
        Map<String, Object> json = fullAsJson();
        json.put("colour", "RED");
        json.remove("id");
        json.put("count", "forty-two");
        json.put("labels", "x");
        json.put("home", Map.of("street", 5));
        MappingException e = assertThrows(MappingException.class, () -> MAPPER.fromMap(json));
        String message = e.getMessage();
        assertTrue(message.startsWith("Cannot make Everything from the map: unknown attribute(s) [colour]"), message);
        assertTrue(message.contains("id is missing, and it is a key of Everything"), message);
        assertTrue(message.contains("count must be a number or a numeric string such as \"3.10\", not String"
                + " forty-two"), message);
        assertTrue(message.contains("labels must be a list of unique values, not String x"), message);
        assertTrue(message.contains("home: Cannot make Address from the map: street must be a string, not Integer 5"), message);
    }

    @Test
    void valueOfTheRightShapeButNotOfTheTypeIsReportedByTheMapper() {
        Map<String, Object> json = fullAsJson();
        json.put("color", "PURPLE");
        MappingException e = assertThrows(MappingException.class, () -> MAPPER.fromMap(json));
        assertTrue(e.getMessage().contains("'color' holds 'PURPLE'"), e.getMessage());
    }

    @Test
    void valuesTheMapperRefusesAreReportedWithEveryOtherProblem() {
        Map<String, Object> json = fullAsJson();
        json.put("color", "PURPLE");
        json.put("labels", "x");
        json.put("tiny", 1000);
        String message = assertThrows(MappingException.class, () -> MAPPER.fromMap(json)).getMessage();
        assertEquals("Cannot make Everything from the map: labels must be a list of unique values, not String x;"
                + " Attribute 'tiny' holds '1000', which is not a valid byte; store values that the record's"
                + " type can hold.; Attribute 'color' holds 'PURPLE', which is not a valid Color; store values"
                + " that the record's type can hold.", message);
    }

    @Test
    void numbersMayComeAsNumericStringsAsWebFormsSendThem() {
        Map<String, Object> json = fullAsJson();
        json.put("decimal", "3.10");
        json.put("count", "42");
        json.put("decimals", List.of("0.5"));
        assertEquals(EverythingRoundTripTest.full().withDecimal(new BigDecimal("3.10")),
                MAPPER.fromMap(json));
        assertEquals(new BigDecimal("3.10"), MAPPER.fromMap(json).decimal());
        String message = assertThrows(MappingException.class,
                () -> MAPPER.fromMap(Map.of("id", "e", "decimal", "3,10"))).getMessage();
        assertEquals("Cannot make Everything from the map: decimal must be a number or a numeric string such as"
                + " \"3.10\", not String 3,10", message);
    }
}
