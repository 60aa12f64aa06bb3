package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a local secondary index of a {@link Record}: same partition key as the table, another
 * sort key. The table must have a sort key.
 *
 * <pre>{@code
 * @LocalIndex(name = "byPrice", sortKey = "price")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(LocalIndexes.class)
public @interface LocalIndex {
    /** The index name: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String name();

    /**
     * The attribute name of the index's sort key: exactly one (an array only so that it reads like
     * {@link GlobalIndex#sortKey()}; DynamoDB gives multi-attribute keys to global indexes only).
     */
    String[] sortKey();

    /** Which attributes the index copies. */
    Projection projection() default Projection.ALL;

    /** The non-key attributes copied when {@link #projection()} is {@code INCLUDE}. */
    String[] include() default {};
}
