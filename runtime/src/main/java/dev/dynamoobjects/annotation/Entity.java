package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface or a Java record as one entity type of a {@link SingleTable}: it extends
 * (or implements) the table's sealed interface and is listed in its {@code permits}. Its attributes
 * are stored as a {@link Record}'s are; its keys are templates over them: literal text and
 * {@code {attribute}} placeholders.
 *
 * <p>Placeholders name scalar attributes, separated by literal text, and are written so that string
 * order is value order: whole numbers (byte, short, int, long) zero-padded to a fixed width and
 * never negative, {@code Instant} as fixed-width UTC ISO-8601 with nanoseconds, {@code LocalDate} as
 * ISO-8601, {@code UUID} as its text; Strings and enum names as they are, which must not hold the
 * first character of the literal text that follows them. Range conditions are generated for the
 * ordered parts (numbers and times) only; other number and time types cannot be placeholders.
 *
 * <pre>{@code
 * @Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{placedAt}#{orderId}")
 * public non-sealed interface Order extends Shop {
 *     String customerId();
 *     Instant placedAt();
 *     String orderId();
 *     long totalCents();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The value of the table's type attribute on this entity's items; unique in the table. */
    String type();

    /** The partition key template, e.g. {@code "CUSTOMER#{customerId}"}. */
    String pk();

    /** The sort key template, e.g. {@code "ORDER#{placedAt}#{orderId}"}. */
    String sk();

    /** The entity's keys in the table's overloaded indexes. */
    EntityIndex[] indexes() default {};
}
