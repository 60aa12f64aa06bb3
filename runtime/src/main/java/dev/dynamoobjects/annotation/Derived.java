package dev.dynamoobjects.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code default} method of a {@link Record} or {@link Document} interface whose value is
 * computed from the record on every call, never stored: the generated implementation holds no
 * field for it (the interface's body runs), the mapper neither writes nor reads it, the builder
 * has no setter and the table no attribute constant for it. So it follows every change:
 * {@code order.withNet(10).gross()} is the new gross. Its type may be any Java type.
 *
 * <pre>{@code
 * @Record(table = "order")
 * public interface Order {
 *     @Key String orderId();
 *     long net();
 *     long tax();
 *     @Derived default long gross() { return net() + tax(); }
 * }
 * }</pre>
 *
 * <p>A {@code default} method without {@code @Derived} is a stored attribute whose body gives its
 * value when the builder or the item leaves it missing. Such a default must not read the record
 * (call its accessors or use {@code this}): its stored value would keep the old result when the
 * attributes it reads change, so the processor refuses it and asks for {@code @Derived}. To store a
 * computed value, for example to index or filter by it, declare the accessor abstract and set it in
 * a {@link BeforeWrite} method, which runs before every write. The check reads method bodies with
 * javac's tree API; under another compiler it is skipped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Derived {
}
