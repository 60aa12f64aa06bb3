package dev.dynamoobjects.mapping;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user-written mapping between a Java type and a DynamoDB attribute value, named on an accessor
 * with {@link dev.dynamoobjects.annotation.Convert}. Implementations need a public no-argument
 * constructor and must be thread-safe; the generated mapper creates one instance and reuses it.
 *
 * <pre>{@code
 * public final class MoneyConverter implements AttributeConverter<Money> {
 *     public AttributeValue toAttributeValue(Money m) { return AttributeValue.fromS(m.toString()); }
 *     public Money fromAttributeValue(AttributeValue v) { return Money.parse(v.s()); }
 * }
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface AttributeConverter<T> {
    /** Returns the attribute value for a non-null Java value. */
    AttributeValue toAttributeValue(T value);

    /** Returns the Java value for a non-null attribute value. */
    T fromAttributeValue(AttributeValue value);
}
