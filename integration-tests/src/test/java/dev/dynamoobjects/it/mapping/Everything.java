package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Convert;
import dev.dynamoobjects.annotation.Epoch;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** One attribute of every supported type. */
@Record(table = "everything")
public interface Everything {
    @Key
    String id();

    String text();

    char letter();

    Character boxedLetter();

    boolean flag();

    Boolean boxedFlag();

    byte tiny();

    Byte boxedTiny();

    short small();

    Short boxedSmall();

    int count();

    Integer boxedCount();

    long big();

    Long boxedBig();

    float ratio();

    Float boxedRatio();

    double amount();

    Double boxedAmount();

    BigDecimal decimal();

    BigInteger integer();

    byte[] bytes();

    SdkBytes sdkBytes();

    Instant instant();

    LocalDate date();

    LocalDateTime dateTime();

    OffsetDateTime offsetDateTime();

    Duration duration();

    @Epoch(ChronoUnit.SECONDS)
    Instant expiresAt();

    @Epoch(ChronoUnit.DAYS)
    LocalDate epochDay();

    @Epoch(ChronoUnit.MILLIS)
    Duration timeout();

    UUID uuid();

    Color color();

    Optional<String> nickname();

    Optional<Integer> rank();

    List<String> tags();

    List<List<Integer>> matrix();

    List<Address> addresses();

    Set<String> labels();

    Set<Integer> numbers();

    Set<BigDecimal> decimals();

    Set<Double> doubles();

    Set<byte[]> blobs();

    Set<SdkBytes> sdkBlobs();

    Set<Character> letters();

    Set<UUID> uuids();

    Set<Color> colors();

    Set<Instant> instants();

    Set<LocalDate> dates();

    Set<LocalDateTime> dateTimes();

    Set<OffsetDateTime> offsetDateTimes();

    Set<Duration> durations();

    Map<String, Integer> scores();

    Map<String, Address> addressBook();

    Address home();

    @Convert(MoneyConverter.class)
    Money price();

    default int priority() {
        return 7;
    }

    default String status() {
        return "new";
    }
}
