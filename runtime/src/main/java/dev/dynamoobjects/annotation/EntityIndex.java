package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity's key templates in one {@link OverloadedIndex} of its table, with the same rules as
 * {@link Entity#pk()} and {@link Entity#sk()}.
 *
 * <pre>{@code
 * @Entity(type = "order", pk = "CUSTOMER#{customerId}", sk = "ORDER#{orderId}",
 *         indexes = @EntityIndex(index = "gsi1", pk = "STATUS#{status}", sk = "ORDER#{placedAt}"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface EntityIndex {
    /** The name of the table's {@link OverloadedIndex}. */
    String index();

    /** The index partition key template. */
    String pk();

    /** The index sort key template. */
    String sk();
}
