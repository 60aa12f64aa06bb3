package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of a {@link Record}. Attributes are named by their DynamoDB
 * attribute name.
 *
 * <pre>{@code
 * @Record(table = "product")
 * @GlobalIndex(name = "byCategory", partitionKey = "category", sortKey = "price")
 * public interface Product { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(GlobalIndexes.class)
public @interface GlobalIndex {
    /** The index name: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String name();

    /** The attribute name of the index's partition key. */
    String partitionKey();

    /** The attribute name of the index's sort key; empty for none. */
    String sortKey() default "";

    /** Which attributes the index copies. */
    Projection projection() default Projection.ALL;

    /** The non-key attributes copied when {@link #projection()} is {@code INCLUDE}. */
    String[] include() default {};

    /** Provisioned throughput of the index when the table is provisioned. */
    Capacity capacity() default @Capacity;
}
