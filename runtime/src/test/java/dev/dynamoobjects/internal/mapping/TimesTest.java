package dev.dynamoobjects.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mapping.MappingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void instantsAreWrittenInUtcWithNineDecimals() {
        assertEquals("1970-01-01T00:00:00.000000000Z", Times.format(Instant.EPOCH));
        assertEquals("1969-12-31T23:59:59.500000000Z", Times.format(Instant.ofEpochSecond(-1, 500_000_000)));
        assertEquals("2023-11-14T22:13:20.000120000Z", Times.format(Instant.ofEpochSecond(1_700_000_000L, 120_000)));
        assertEquals("0000-01-01T00:00:00.000000000Z", Times.format(Instant.parse("0000-01-01T00:00:00Z")));
        assertEquals("9999-12-31T23:59:59.999999999Z", Times.format(Instant.parse("9999-12-31T23:59:59.999999999Z")));
    }

    @Test
    void yearsOutsideFourDigitsAreWrittenWithTheirSign() {
        assertEquals("+10000-01-01T00:00:00.000000000Z", Times.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("-0001-12-31T23:59:59.500000000Z", Times.format(Instant.parse("-0001-12-31T23:59:59.5Z")));
        assertEquals("+10000-01-01T00:00:00.000000000", Times.format(LocalDateTime.of(10000, 1, 1, 0, 0)));
        assertEquals("-0001-01-01T00:00:00.000000000", Times.format(LocalDateTime.of(-1, 1, 1, 0, 0)));
        assertEquals("+1000000000-12-31T23:59:59.999999999Z", Times.format(Instant.MAX));
        assertEquals("-1000000000-01-01T00:00:00.000000000Z", Times.format(Instant.MIN));
    }

    @Test
    void dateTimesAreWrittenWithNineDecimals() {
        assertEquals("2024-02-29T07:08:09.000000010", Times.format(LocalDateTime.of(2024, 2, 29, 7, 8, 9, 10)));
        assertEquals("0000-01-01T00:00:00.000000000", Times.format(LocalDateTime.of(0, 1, 1, 0, 0)));
        assertEquals("2024-05-06T06:08:09.000000000Z",
                Times.format(OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(1))));
    }

    @Test
    void everyWrittenValueReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
            assertEquals(instant, Times.toInstant(Times.format(instant), "at"));
            LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            assertEquals(local, Times.toLocalDateTime(Times.format(local), "at"));
            assertEquals(local.toLocalDate(), Times.toLocalDate(Times.format(local.toLocalDate()), "at"));
            assertEquals(instant.atOffset(ZoneOffset.UTC), Times.toOffsetDateTime(Times.format(instant), "at"));
        }
    }

    @Test
    void readingAcceptsOtherIsoSpellings() {
        assertEquals(Instant.parse("2024-05-06T07:08:09.100Z"), Times.toInstant("2024-05-06T07:08:09.1Z", "at"));
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), Times.toInstant("2024-05-06T07:08:09z", "at"));
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), Times.toInstant("2024-05-06t07:08:09Z", "at"));
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), Times.toInstant("2024-05-06T07:08:09.Z", "at"));
        assertEquals(Instant.parse("2024-05-06T06:08:09Z"), Times.toInstant("2024-05-06T07:08:09+01:00", "at"));
        assertEquals(Instant.parse("2024-05-07T00:00:00Z"), Times.toInstant("2024-05-06T24:00:00Z", "at"));
        assertEquals(Instant.parse("2024-05-06T23:59:59Z"), Times.toInstant("2024-05-06T23:59:60Z", "at"));
        assertEquals(Instant.parse("+10000-01-01T00:00:00Z"), Times.toInstant("+10000-01-01T00:00:00Z", "at"));
        assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8), Times.toLocalDateTime("2024-05-06T07:08", "at"));
        assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 500_000_000), Times.toLocalDateTime("2024-05-06T07:08:09.5", "at"));
        assertEquals(LocalDate.of(10000, 1, 1), Times.toLocalDate("+10000-01-01", "at"));
        assertEquals(OffsetDateTime.of(2024, 5, 6, 6, 8, 9, 0, ZoneOffset.UTC),
                Times.toOffsetDateTime("2024-05-06T07:08:09+01:00", "at"));
    }

    @Test
    void invalidTextsNameTheAttributeAndTheType() {
        MappingException instant = assertThrows(MappingException.class, () -> Times.toInstant("2024-02-30T07:08:09Z", "at"));
        assertEquals("Attribute 'at' holds '2024-02-30T07:08:09Z', which is not a valid Instant; store values that the"
                + " record's type can hold.", instant.getMessage());
        assertThrows(MappingException.class, () -> Times.toInstant("2024-05-06T07:08Z", "at"));
        assertThrows(MappingException.class, () -> Times.toInstant("", "at"));
        assertThrows(MappingException.class, () -> Times.toLocalDateTime("2024-02-30T07:08:09", "at"));
        MappingException date = assertThrows(MappingException.class, () -> Times.toLocalDate("2023-02-29", "at"));
        assertEquals("Attribute 'at' holds '2023-02-29', which is not a valid LocalDate; store values that the"
                + " record's type can hold.", date.getMessage());
        assertThrows(MappingException.class, () -> Times.toOffsetDateTime("2024-13-01T00:00:00Z", "at"));
    }
}
