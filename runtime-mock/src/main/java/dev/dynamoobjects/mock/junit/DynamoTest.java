package dev.dynamoobjects.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose tests each get an empty DynamoDB of the selected backend: shorthand for
 * {@code @ExtendWith(DynamoDbExtension.class)}. See {@link DynamoDbExtension} and {@link DynamoBackend}.
 *
 * <pre>{@code
 * @DynamoTest
 * class OrderTest {
 *     @Test
 *     void createsTable(DynamoDbClient dynamo) {
 *         dynamo.createTable(...);
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(DynamoDbExtension.class)
public @interface DynamoTest {
}
