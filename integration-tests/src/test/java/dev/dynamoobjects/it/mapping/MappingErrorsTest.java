package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamoobjects.mapping.MappingException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items a record cannot hold fail with a MappingException that names the attribute. */
class MappingErrorsTest {
    private static final AttributeValue ID = AttributeValue.fromS("x");

    @Test
    void missingKey() {
        MappingException e = assertThrows(MappingException.class,
                () -> OrderMapper.INSTANCE.fromItem(Map.of("customer", ID)));
        assertEquals("The item has no attribute 'number', which is a key of Order; "
                + "read items of this table only, with their key attributes.", e.getMessage());
    }

    @Test
    void wrongDynamoDbType() {
        MappingException e = assertThrows(MappingException.class,
                () -> EverythingMapper.INSTANCE.fromItem(Map.of("id", ID, "count", AttributeValue.fromS("3"))));
        assertEquals("Attribute 'count' is stored as S but the record expects N; store it with the record's type.",
                e.getMessage());
    }

    @Test
    void numberOutOfRange() {
        MappingException e = assertThrows(MappingException.class,
                () -> EverythingMapper.INSTANCE.fromItem(Map.of("id", ID, "tiny", AttributeValue.fromN("300"))));
        assertEquals("Attribute 'tiny' holds '300', which is not a valid byte; store values that the record's type can hold.",
                e.getMessage());
    }

    @Test
    void fractionForAnInt() {
        assertThrows(MappingException.class,
                () -> EverythingMapper.INSTANCE.fromItem(Map.of("id", ID, "count", AttributeValue.fromN("1.5"))));
    }

    @Test
    void unknownEnumConstant() {
        MappingException e = assertThrows(MappingException.class,
                () -> EverythingMapper.INSTANCE.fromItem(Map.of("id", ID, "color", AttributeValue.fromS("PINK"))));
        assertEquals("Attribute 'color' holds 'PINK', which is not a valid Color; store values that the record's type can hold.",
                e.getMessage());
    }

    @Test
    void wrongTypeInsideAList() {
        MappingException e = assertThrows(MappingException.class, () -> EverythingMapper.INSTANCE.fromItem(
                Map.of("id", ID, "tags", AttributeValue.fromL(java.util.List.of(AttributeValue.fromN("1"))))));
        assertEquals("Attribute 'tags' is stored as N but the record expects S; store it with the record's type.",
                e.getMessage());
    }

    @Test
    void nonFiniteDouble() {
        assertThrows(MappingException.class,
                () -> EverythingMapper.INSTANCE.toItem(EverythingRoundTripTest.full().withAmount(Double.NaN)));
    }
}
