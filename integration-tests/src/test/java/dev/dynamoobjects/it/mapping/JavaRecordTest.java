package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Java records take the place of the interface and of its immutable implementation. */
class JavaRecordTest {
    @Test
    void aJavaRecordRoundTrips() {
        Product product = new Product("p-1", 2, "Chair", Optional.of("oak"), Set.of("wood"),
                new Dimensions(0.5, 1.25), List.of(new Dimensions(1, 2)));
        Map<String, AttributeValue> item = ProductMapper.INSTANCE.toItem(product);
        assertEquals("Chair", item.get("product_name").s());
        assertEquals("1.25", item.get("size").m().get("height").n());
        assertEquals(product, ProductMapper.INSTANCE.fromItem(item));
    }

    @Test
    void missingOptionalsAndSetsReadAsEmpty() {
        Product product = ProductMapper.INSTANCE.fromItem(Map.of("sku", AttributeValue.fromS("p"), "revision", AttributeValue.fromN("1")));
        assertEquals(new Product("p", 1, null, Optional.empty(), Set.of(), null, null), product);
    }

    @Test
    void itsTableHasTheDeclaredKeys() {
        assertEquals(new KeyAttribute("revision", ScalarType.N), ProductTable.SCHEMA.sortKey());
        assertEquals("product_name", ProductTable.NAME.name());
    }
}
