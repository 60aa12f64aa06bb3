package dev.dynamoobjects.internal.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes and reads the ISO-8601 forms that {@link Times} stores, {@code 2024-05-06T07:08:09.123456789Z},
 * for years 0 to 9999 and without {@code java.time.format}: a fresh JVM's first use of
 * {@code DateTimeFormatter} costs several milliseconds, more than mapping a record. Anything else
 * is left to the JDK's formatters and parsers: the writers and readers here return null for it.
 */
final class IsoText {
    private static final int MAX_YEAR = 9999;
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z in seconds since the epoch. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long LAST_SECOND = 253_402_300_799L;
    /** {@code uuuu-MM-dd}. */
    private static final int DATE = 10;
    /** {@code uuuu-MM-ddTHH:mm:ss}. */
    private static final int SECONDS_END = 19;
    /** {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnn}. */
    private static final int DATE_TIME = 29;
    private static final int NANO_DIGITS = 9;

    private IsoText() {
    }

    /** Returns {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ}, or null for a year past 9999 or before 0. */
    static String instant(Instant value) {
        long seconds = value.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
            return null;
        }
        return dateTime(LocalDateTime.ofEpochSecond(seconds, value.getNano(), ZoneOffset.UTC), true);
    }

    /** Returns {@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnn}, or null for a year past 9999 or before 0. */
    static String localDateTime(LocalDateTime value) {
        return dateTime(value, false);
    }

    private static String dateTime(LocalDateTime value, boolean utc) {
        int year = value.getYear();
        if (year < 0 || year > MAX_YEAR) {
            return null;
        }
        char[] text = new char[utc ? DATE_TIME + 1 : DATE_TIME];
        write(text, 0, year, 4);
        text[4] = '-';
        write(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        write(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        write(text, 11, value.getHour(), 2);
        text[13] = ':';
        write(text, 14, value.getMinute(), 2);
        text[16] = ':';
        write(text, 17, value.getSecond(), 2);
        text[SECONDS_END] = '.';
        write(text, SECONDS_END + 1, value.getNano(), NANO_DIGITS);
        if (utc) {
            text[DATE_TIME] = 'Z';
        }
        return new String(text);
    }

    private static void write(char[] text, int start, int value, int digits) {
        for (int i = start + digits - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Reads {@code uuuu-MM-ddTHH:mm:ss[.n{1,9}]Z}; null for any other text or an invalid value. */
    static Instant instant(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDateTime utc = localDateTime(text, length - 1);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Reads {@code uuuu-MM-ddTHH:mm:ss[.n{1,9}]}; null for any other text or an invalid value. */
    static LocalDateTime localDateTime(String text) {
        return localDateTime(text, text.length());
    }

    /** Reads {@code uuuu-MM-dd}; null for any other text or an invalid date. */
    static LocalDate localDate(String text) {
        if (text.length() != DATE || !dateAt(text)) {
            return null;
        }
        try {
            return LocalDate.of(read(text, 0, 4), read(text, 5, 2), read(text, 8, 2));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static LocalDateTime localDateTime(String text, int end) {
        if (end < SECONDS_END || end > DATE_TIME || !dateAt(text) || text.charAt(DATE) != 'T'
                || !digitsAt(text, 11, 2) || text.charAt(13) != ':' || !digitsAt(text, 14, 2)
                || text.charAt(16) != ':' || !digitsAt(text, 17, 2)) {
            return null;
        }
        int nanos = 0;
        if (end > SECONDS_END) {
            int digits = end - SECONDS_END - 1;
            if (digits == 0 || text.charAt(SECONDS_END) != '.' || !digitsAt(text, SECONDS_END + 1, digits)) {
                return null;
            }
            nanos = read(text, SECONDS_END + 1, digits);
            for (int i = digits; i < NANO_DIGITS; i++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(read(text, 0, 4), read(text, 5, 2), read(text, 8, 2),
                    read(text, 11, 2), read(text, 14, 2), read(text, 17, 2), nanos);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static boolean dateAt(String text) {
        return digitsAt(text, 0, 4) && text.charAt(4) == '-' && digitsAt(text, 5, 2) && text.charAt(7) == '-'
                && digitsAt(text, 8, 2);
    }

    private static boolean digitsAt(String text, int start, int count) {
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int read(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
