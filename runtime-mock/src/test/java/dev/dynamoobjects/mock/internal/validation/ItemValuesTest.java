package dev.dynamoobjects.mock.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.internal.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "12", "123", "1234", "12345", "100", "10", "1.5", "0.001", "0.1234", "-1", "-12",
        "-0.5", "99.25", "1000000", "123456789012345678901234567890", "0.000000000000000000000000000000000001"})
    void plainCanonicalNumbersAreSizedAsTheBigDecimalRuleSizesThem(String number) {
        BigDecimal value = new BigDecimal(number);
        String scientific = value.unscaledValue() + "E" + (-value.scale());

        assertEquals(true, PlainNumbers.isCanonical(number), number);
        assertEquals(number, Numbers.canonical(number), "the fast path only takes canonical numbers");
        assertEquals(ItemValues.numberSize(scientific), ItemValues.numberSize(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-0", "1.50", "1.", ".5", "1e3", "+1", "", "-", "0.0", "1.5.1"})
    void otherSpellingsTakeTheSlowPath(String number) {
        assertEquals(false, PlainNumbers.isCanonical(number), number);
    }

    @Test
    void sizesFollowDynamoDbLocal() {
        // Figures read from DynamoDB Local 3.1.0's TableSizeBytes, one attribute at a time.
        Map<String, Integer> sizes = Map.of("1", 2, "1.5", 3, "12345", 4, "0.001", 2, "-12", 3, "1E+10", 2, "0", 1,
                "123456789012345678901234567890", 16);
        sizes.forEach((number, size) -> assertEquals(size, ItemValues.numberSize(number), number));
        assertEquals(7, ItemValues.size(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b")))));
        assertEquals(10, ItemValues.size(AttributeValue.fromM(Map.of("k", AttributeValue.fromS("a"),
                "kk", AttributeValue.fromS("b")))));
        assertEquals(2, ItemValues.utf8Length("é"));
        assertEquals(4, ItemValues.utf8Length("😀"));
    }
}
