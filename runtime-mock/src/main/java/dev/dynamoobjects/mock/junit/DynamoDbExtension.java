package dev.dynamoobjects.mock.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * JUnit 5 extension that gives every test a {@link DynamoDbClient} of the backend selected by
 * {@link DynamoBackend} (the embedded engine unless {@code dynamo.objects.backend} or
 * {@code DYNAMO_OBJECTS_BACKEND} says {@code local} or an endpoint URL), with no tables in it.
 *
 * <p>The client is injected into parameters of type {@code DynamoDbClient} of test, {@code @BeforeEach}
 * and {@code @AfterEach} methods, and into every non-static, non-final field of type
 * {@code DynamoDbClient} of the test instance; within one test they are all the same client. A
 * {@code DynamoDbStreamsClient} of the same backend (DynamoDB Streams over the same tables) is
 * injected the same way. A parameter of type {@link DynamoBackend} tells a test which backend it runs on.
 *
 * <pre>{@code
 * @DynamoTest
 * class StoreTest {
 *     DynamoDbClient dynamo;   // injected before each test
 *
 *     @Test
 *     void startsEmpty() {
 *         assertEquals(List.of(), dynamo.listTables().tableNames());
 *     }
 * }
 * }</pre>
 *
 * <p>Constructors and {@code @BeforeAll} methods get no client: each test starts from an empty database.
 */
public final class DynamoDbExtension implements BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(DynamoDbExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        DynamoDbClient client = clientFor(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance, DynamoDbClient.class, client);
            if (hasField(instance, DynamoDbStreamsClient.class)) {
                injectFields(instance, DynamoDbStreamsClient.class, streamsClientFor(context));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DynamoDbClient.class || type == DynamoDbStreamsClient.class || type == DynamoBackend.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == DynamoBackend.class) {
            return DynamoBackend.selected();
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A DynamoDbClient is injected into test, @BeforeEach and "
                    + "@AfterEach methods and fields only, not into " + parameter.getDeclaringExecutable()
                    + ": every test starts from an empty database of its own");
        }
        return parameter.getParameter().getType() == DynamoDbStreamsClient.class ? streamsClientFor(context)
                : clientFor(context);
    }

    private static DynamoDbClient clientFor(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(DynamoDbClient.class,
                key -> BackendClients.cleanClient(DynamoBackend.selected()), DynamoDbClient.class);
    }

    /** The streams client of the same backend as {@link #clientFor}'s client, made once per test. */
    private static DynamoDbStreamsClient streamsClientFor(ExtensionContext context) {
        DynamoDbClient client = clientFor(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(DynamoDbStreamsClient.class,
                key -> BackendClients.streamsClient(DynamoBackend.selected(), client), DynamoDbStreamsClient.class);
    }

    private static boolean hasField(Object instance, Class<?> fieldType) {
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == fieldType && isInjectable(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void injectFields(Object instance, Class<?> fieldType, Object value) throws IllegalAccessException {
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == fieldType && isInjectable(field)) {
                    field.setAccessible(true);
                    field.set(instance, value);
                }
            }
        }
    }

    private static boolean isInjectable(Field field) {
        return !Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers());
    }
}
