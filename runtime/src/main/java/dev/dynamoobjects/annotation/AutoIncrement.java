package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a numeric partition key whose value the library allocates when a record is saved with 0:
 * the next number of an atomic counter kept in DynamoDB (see {@link
 * dev.dynamoobjects.keys.KeyCounter}). {@link #block()} numbers are reserved per request; numbers
 * of a block a process does not use are skipped, never reused.
 *
 * <pre>{@code
 * @AutoIncrement(block = 10) @Key long orderId();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AutoIncrement {
    /** How many numbers one counter request reserves; 1 (the default) allocates one at a time. */
    int block() default 1;
}
