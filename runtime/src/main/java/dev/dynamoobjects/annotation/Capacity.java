package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Provisioned read and write capacity units of a table or global index. Both zero (the default)
 * means on-demand ({@code PAY_PER_REQUEST}) billing.
 *
 * <pre>{@code
 * @Record(table = "orders", capacity = @Capacity(read = 10, write = 5))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Capacity {
    /** Read capacity units; 0 with {@link #write()} 0 means on-demand. */
    long read() default 0;

    /** Write capacity units; 0 with {@link #read()} 0 means on-demand. */
    long write() default 0;
}
