package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.attribute.AttributeRef;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The encoders of the table's attribute constants (the runtime's shared {@code Encoders}, the mapper's
 * helpers) write every type as the mapper writes it, so that a condition compares like with like.
 */
class AttributeEncodersTest {
    @Test
    void everyConstantEncodesAsTheMapperWrites() throws ReflectiveOperationException {
        ImmutableEverything record = EverythingRoundTripTest.full();
        Map<String, AttributeValue> item = EverythingMapper.INSTANCE.toItem(record);
        int checked = 0;
        for (Method accessor : Everything.class.getDeclaredMethods()) {
            if (accessor.getParameterCount() != 0 || accessor.isSynthetic()) {
                continue;
            }
            Field field = EverythingTable.class.getField(constantName(accessor.getName()));
            @SuppressWarnings("unchecked")
            AttributeRef<Everything, Object> attribute = (AttributeRef<Everything, Object>) field.get(null);
            Object value = accessor.invoke(record);
            if (value instanceof Optional<?> optional) {
                value = optional.orElseThrow();
            }
            // The mapper leaves empty sets out of the item: DynamoDB has no empty set.
            if (item.containsKey(attribute.name())) {
                assertEquals(item.get(attribute.name()), attribute.encode(value), attribute.name());
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked + " constants");
    }

    @Test
    void onlyListsAndMapsHaveAnEncoderOfTheirOwn() {
        // A lambda in the table class is a class the JVM spins when the table is first used; scalars,
        // epoch times, sets, documents and converted values share the runtime's encoders instead. What
        // remains calls the mapper's helpers: the lists tags, matrix and addresses, the maps scores and addressBook.
        long lambdas = Arrays.stream(EverythingTable.class.getDeclaredMethods())
                .filter(method -> method.getName().startsWith("lambda$"))
                .count();
        assertEquals(5, lambdas);
    }

    private static String constantName(String accessor) {
        return accessor.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
