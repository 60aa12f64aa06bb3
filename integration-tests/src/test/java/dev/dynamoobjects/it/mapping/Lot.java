package dev.dynamoobjects.it.mapping;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.SortKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A lot for sale: string sets of values stored as strings, and decimals at every depth. */
@Record(table = "lot")
public interface Lot {
    @Key String auction();

    @SortKey String sku();

    Set<Color> colors();

    Set<UUID> bidders();

    Set<Instant> viewed();

    Set<LocalDate> days();

    Set<Duration> slots();

    BigDecimal price();

    Optional<BigDecimal> reserve();

    List<BigDecimal> bids();

    Set<BigDecimal> steps();

    Map<String, BigDecimal> fees();
}
