package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The static metadata of generated table classes: schema, mapper, attribute constants. */
class TableMetadataTest {
    @Test
    void schemaDescribesKeysIndexesAndCapacity() {
        assertEquals(new TableSchema("orders",
                        new KeyAttribute("customer", ScalarType.S),
                        new KeyAttribute("number", ScalarType.N),
                        List.of(new IndexSchema("byPlacedAt", false, new KeyAttribute("customer", ScalarType.S),
                                new KeyAttribute("placedAt", ScalarType.S), Projection.INCLUDE, List.of("total"), 0, 0)),
                        5, 2),
                OrderTable.SCHEMA);
    }

    @Test
    void schemaUsesStoredAttributeNames() {
        TableSchema schema = StoreTable.SCHEMA;
        assertNull(schema.sortKey());
        assertEquals(new KeyAttribute("city_name", ScalarType.S), schema.indexes().get(0).partitionKey());
        assertEquals(true, schema.onDemand());
    }

    @Test
    void constantsCarryTheStoredNameAndTheMappersEncoding() {
        assertEquals("city_name", StoreTable.CITY.name());
        assertEquals(AttributeValue.fromN("12"), OrderTable.NUMBER.encode(12));
        assertEquals(OrderMapper.INSTANCE.toItem(order()).get("placedAt"), OrderTable.PLACED_AT.encode(order().placedAt()));
        assertEquals(AttributeValue.fromS("GREEN"), EverythingTable.COLOR.encode(Color.GREEN));
        assertEquals(AttributeValue.fromS("3.10 USD"), EverythingTable.PRICE.encode(new Money(new java.math.BigDecimal("3.10"), "USD")));
    }

    @Test
    void keyOfHoldsOnlyTheKeys() {
        assertEquals(Map.of("customer", AttributeValue.fromS("c"), "number", AttributeValue.fromN("7")),
                OrderMapper.INSTANCE.keyOf(order()));
        assertEquals(OrderTable.MAPPER, OrderMapper.INSTANCE);
    }

    private static ImmutableOrder order() {
        return ImmutableOrder.builder().customer("c").number(7).placedAt(Instant.parse("2024-05-01T10:00:00Z")).total(99).build();
    }
}
