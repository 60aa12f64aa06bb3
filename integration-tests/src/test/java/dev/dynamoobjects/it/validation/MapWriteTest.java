package dev.dynamoobjects.it.validation;

import static dev.dynamoobjects.it.example.Members.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamoobjects.exception.InvalidRecordException;
import dev.dynamoobjects.it.example.MemberTable;
import dev.dynamoobjects.mapping.MappingException;
import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Records saved from maps of plain values, as parsed from JSON. */
@DynamoTest
class MapWriteTest {
    DynamoDbClient dynamo;
    private MemberTable members;

    @BeforeEach
    void setUp() {
        members = new MemberTable(DynamoDatabase.of(dynamo));
    }

    @Test
    void mapBecomesARecordAndIsSaved() {
        members.saveMap(Map.of("memberId", "m1", "name", "Ada", "email", "ADA@example.com", "points", new BigDecimal("3")));
        assertEquals(Optional.of(member("m1", "Ada", "ada@example.com", 3)), members.find("m1"));
    }

    @Test
    void unknownAttributesAndWrongTypesAreAllReportedAndNothingIsWritten() {
        MappingException e = assertThrows(MappingException.class, () -> members.saveMap(
                Map.of("memberId", "m1", "nmae", "Ada", "points", "three", "email", 7)));
        assertEquals("Cannot make Member from the map: unknown attribute(s) [nmae]; Member has [email, memberId,"
                + " name, points]; email must be a string, not Integer 7; points must be a number or a numeric string"
                + " such as \"3.10\", not String three", e.getMessage());
        assertEquals(Optional.empty(), members.find("m1"));
    }

    @Test
    void fractionForAWholeNumberIsRefused() {
        MappingException e = assertThrows(MappingException.class,
                () -> members.saveMap(Map.of("memberId", "m1", "name", "Ada", "points", 2.5)));
        assertTrue(e.getMessage().contains("Attribute 'points' holds '2.5', which is not a valid int"), e.getMessage());
    }

    @Test
    void mapRecordsAreValidatedLikeAnyOther() {
        assertThrows(InvalidRecordException.class, () -> members.saveMap(Map.of("memberId", "m1", "name", "")));
    }
}
