package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A global index of a {@link SingleTable} that several entities share: its keys are generic string
 * attributes ({@code gsi1pk}, {@code gsi1sk} for {@code name = "gsi1"}), which each entity fills
 * from its own {@link EntityIndex} templates; an entity without templates for it stays out of it.
 *
 * <pre>{@code
 * @SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OverloadedIndex {
    /** The index name: 3 to 255 of {@code a-z A-Z 0-9 _ - .}. */
    String name();

    /** The index's partition key attribute; empty gives the name followed by {@code pk}. */
    String partitionKey() default "";

    /** The index's sort key attribute; empty gives the name followed by {@code sk}. */
    String sortKey() default "";
}
