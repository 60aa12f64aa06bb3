package dev.dynamoobjects.internal.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Set encodings of generated mappers ({@code SS}, {@code NS}, {@code BS}); enums, UUIDs and times
 * are string sets. Callers leave empty sets
 * out of items, as DynamoDB stores none. Elements that DynamoDB would see as equal ({@code 1.0} and
 * {@code 1.00}, two arrays with the same bytes) are written once, as DynamoDB rejects duplicates.
 * Not meant to be called by hand.
 *
 * <pre>{@code
 * AttributeValue tags = Sets.ss(Set.of("a", "b"));
 * }</pre>
 */
public final class Sets {
    private Sets() {
    }

    /** Returns the {@code SS} value of a set of strings. */
    public static AttributeValue ss(Set<String> set) {
        return AttributeValue.builder().ss(set).build();
    }

    /**
     * Returns the {@code SS} value of a set of values stored as strings (enums, UUIDs, times),
     * each written as {@code text} gives it.
     */
    public static <E> AttributeValue ssOf(Set<E> set, Function<? super E, String> text) {
        Set<String> strings = new LinkedHashSet<>(Copies.capacity(set.size()));
        for (E element : set) {
            strings.add(text.apply(element));
        }
        return AttributeValue.builder().ss(strings).build();
    }

    /** Returns the {@code NS} value of a set of whole numbers, whose decimal strings are canonical and distinct. */
    public static AttributeValue nsOfWholeNumbers(Set<? extends Number> set) {
        List<String> numbers = new ArrayList<>(set.size());
        for (Number number : set) {
            numbers.add(number.toString());
        }
        return AttributeValue.createNs(numbers);
    }

    /** Returns the {@code NS} value of a set of BigDecimals, in canonical spelling, without duplicates. */
    public static AttributeValue nsOfBigDecimals(Set<BigDecimal> set) {
        Set<String> numbers = new LinkedHashSet<>(Copies.capacity(set.size()));
        for (BigDecimal number : set) {
            numbers.add(Numbers.canonical(number));
        }
        return AttributeValue.builder().ns(numbers).build();
    }

    /** Returns the {@code NS} value of a set of doubles, in canonical spelling, without duplicates. */
    public static AttributeValue nsOfDoubles(Set<Double> set) {
        Set<String> numbers = new LinkedHashSet<>(Copies.capacity(set.size()));
        for (Double number : set) {
            numbers.add(Numbers.canonical(number.doubleValue()));
        }
        return AttributeValue.builder().ns(numbers).build();
    }

    /** Returns the {@code NS} value of a set of floats, in canonical spelling, without duplicates. */
    public static AttributeValue nsOfFloats(Set<Float> set) {
        Set<String> numbers = new LinkedHashSet<>(Copies.capacity(set.size()));
        for (Float number : set) {
            numbers.add(Numbers.canonical(number.floatValue()));
        }
        return AttributeValue.builder().ns(numbers).build();
    }

    /** Returns the {@code BS} value of a set of byte arrays, without two of the same content. */
    public static AttributeValue bsOfArrays(Set<byte[]> set) {
        Set<SdkBytes> bytes = new LinkedHashSet<>(Copies.capacity(set.size()));
        for (byte[] array : set) {
            bytes.add(SdkBytes.fromByteArray(array));
        }
        return AttributeValue.builder().bs(bytes).build();
    }

    /** Returns the {@code BS} value of a set of SDK bytes. */
    public static AttributeValue bs(Set<SdkBytes> set) {
        return AttributeValue.builder().bs((Collection<SdkBytes>) set).build();
    }
}
