package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the sort (range) key of a {@link Record}. At most one accessor carries it; its type must
 * map to a DynamoDB string, number or binary.
 *
 * <pre>{@code
 * @Key String storeId();
 * @SortKey String productId();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SortKey {
}
