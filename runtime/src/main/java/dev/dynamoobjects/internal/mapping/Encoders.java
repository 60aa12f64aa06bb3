package dev.dynamoobjects.internal.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import dev.dynamoobjects.mapping.AttributeConverter;
import dev.dynamoobjects.mapping.RecordMapper;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The encoders of the attribute constants of generated tables, one per Java type, shared by every
 * table: a lambda per constant would cost a class of its own, spun by the JVM when the table class
 * is first used. Each writes a value as the generated mapper writes it. Types with a parameter (an
 * {@code @Epoch} unit, a document's mapper, a converter) have a factory, whose one lambda class serves every
 * constant. Not meant to be called by hand.
 *
 * <pre>{@code
 * public static final NumberAttribute<Product, Integer> STOCK = new NumberAttribute<>("stock", Encoders.WHOLE_NUMBER);
 * }</pre>
 */
public final class Encoders {
    /** {@code byte}, {@code short}, {@code int} and {@code long}, boxed. */
    public static final Function<Number, AttributeValue> WHOLE_NUMBER = value -> Numbers.n(value.longValue());
    public static final Function<Float, AttributeValue> FLOAT = value -> Numbers.n(value.floatValue());
    public static final Function<Double, AttributeValue> DOUBLE = value -> Numbers.n(value.doubleValue());
    public static final Function<BigDecimal, AttributeValue> BIG_DECIMAL = Numbers::n;
    public static final Function<BigInteger, AttributeValue> BIG_INTEGER = Numbers::n;
    public static final Function<Boolean, AttributeValue> BOOLEAN = value -> Items.bool(value);
    public static final Function<Character, AttributeValue> CHAR = value -> AttributeValue.createS(value.toString());
    public static final Function<byte[], AttributeValue> BYTES = value -> AttributeValue.createB(SdkBytes.fromByteArray(value));
    public static final Function<SdkBytes, AttributeValue> SDK_BYTES = AttributeValue::createB;
    public static final Function<UUID, AttributeValue> UUID = value -> AttributeValue.createS(value.toString());
    public static final Function<Enum<?>, AttributeValue> ENUM = value -> AttributeValue.createS(value.name());
    public static final Function<Instant, AttributeValue> INSTANT = value -> AttributeValue.createS(Times.format(value));
    public static final Function<LocalDate, AttributeValue> LOCAL_DATE = value -> AttributeValue.createS(Times.format(value));
    public static final Function<LocalDateTime, AttributeValue> LOCAL_DATE_TIME =
            value -> AttributeValue.createS(Times.format(value));
    public static final Function<OffsetDateTime, AttributeValue> OFFSET_DATE_TIME =
            value -> AttributeValue.createS(Times.format(value));
    public static final Function<Duration, AttributeValue> DURATION = value -> AttributeValue.createS(Times.format(value));

    public static final Function<Set<String>, AttributeValue> STRING_SET = Sets::ss;
    public static final Function<Set<? extends Number>, AttributeValue> WHOLE_NUMBER_SET = Sets::nsOfWholeNumbers;
    public static final Function<Set<BigDecimal>, AttributeValue> BIG_DECIMAL_SET = Sets::nsOfBigDecimals;
    public static final Function<Set<Double>, AttributeValue> DOUBLE_SET = Sets::nsOfDoubles;
    public static final Function<Set<Float>, AttributeValue> FLOAT_SET = Sets::nsOfFloats;
    public static final Function<Set<byte[]>, AttributeValue> BYTES_SET = Sets::bsOfArrays;
    public static final Function<Set<SdkBytes>, AttributeValue> SDK_BYTES_SET = Sets::bs;
    public static final Function<Set<Character>, AttributeValue> CHAR_SET = set -> Sets.ssOf(set, Object::toString);
    public static final Function<Set<UUID>, AttributeValue> UUID_SET = set -> Sets.ssOf(set, Object::toString);
    public static final Function<Set<? extends Enum<?>>, AttributeValue> ENUM_SET = set -> Sets.ssOf(set, Enum::name);
    public static final Function<Set<Instant>, AttributeValue> INSTANT_SET = set -> Sets.ssOf(set, Times::format);
    public static final Function<Set<LocalDate>, AttributeValue> LOCAL_DATE_SET = set -> Sets.ssOf(set, Times::format);
    public static final Function<Set<LocalDateTime>, AttributeValue> LOCAL_DATE_TIME_SET =
            set -> Sets.ssOf(set, Times::format);
    public static final Function<Set<OffsetDateTime>, AttributeValue> OFFSET_DATE_TIME_SET =
            set -> Sets.ssOf(set, Times::format);
    public static final Function<Set<Duration>, AttributeValue> DURATION_SET = set -> Sets.ssOf(set, Times::format);

    private Encoders() {
    }

    /** An {@code @Epoch(unit)} {@code Instant}: the number of whole units since the epoch. */
    public static Function<Instant, AttributeValue> epochInstant(ChronoUnit unit) {
        return value -> Numbers.n(Times.toEpoch(value, unit));
    }

    /** An {@code @Epoch(unit)} {@code LocalDate}. */
    public static Function<LocalDate, AttributeValue> epochLocalDate(ChronoUnit unit) {
        return value -> Numbers.n(Times.toEpoch(value, unit));
    }

    /** An {@code @Epoch(unit)} {@code LocalDateTime}. */
    public static Function<LocalDateTime, AttributeValue> epochLocalDateTime(ChronoUnit unit) {
        return value -> Numbers.n(Times.toEpoch(value, unit));
    }

    /** An {@code @Epoch(unit)} {@code OffsetDateTime}. */
    public static Function<OffsetDateTime, AttributeValue> epochOffsetDateTime(ChronoUnit unit) {
        return value -> Numbers.n(Times.toEpoch(value, unit));
    }

    /** An {@code @Epoch(unit)} {@code Duration}: its length in whole units. */
    public static Function<Duration, AttributeValue> epochDuration(ChronoUnit unit) {
        return value -> Numbers.n(Times.toEpoch(value, unit));
    }

    /** A {@code @Document}: the {@code M} value of the item its mapper writes. */
    public static <D> Function<D, AttributeValue> document(RecordMapper<D> mapper) {
        return value -> AttributeValue.createM(mapper.toItem(value));
    }

    /** A {@code @Convert}ed value: what its converter writes. */
    public static <T> Function<T, AttributeValue> converted(AttributeConverter<T> converter) {
        return converter::toAttributeValue;
    }
}
