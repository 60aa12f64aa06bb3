package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class KeyConditionTest {
    private static final KeySchema NUMBERED = KeySchema.of("id", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    private static final KeySchema NAMED = KeySchema.of("id", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
    private static final String VALUES = """
            {":p":{"S":"p"}, ":two":{"N":"2"}, ":four":{"N":"4"}, ":ab":{"S":"ab"}}""";

    private static KeyCondition parse(String expression, KeySchema keys) {
        return new ExpressionContext(Map.of("#s", "sk"), Json.item(VALUES)).keyCondition(expression, keys);
    }

    /** The sort keys among 0 to 5 that the condition keeps, and its bounds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "id = :p | 0 1 2 3 4 5 | null | null",
            "id = :p AND sk = :two | 2 | [2 | 2]",
            "id = :p AND sk < :two | 0 1 | null | 2)",
            "id = :p AND sk <= :two | 0 1 2 | null | 2]",
            "id = :p AND sk > :two | 3 4 5 | (2 | null",
            "id = :p AND #s >= :two | 2 3 4 5 | [2 | null",
            "id = :p AND sk BETWEEN :two AND :four | 2 3 4 | [2 | 4]",
            "sk > :two AND id = :p | 3 4 5 | (2 | null",
            ":two < sk AND :p = id | 3 4 5 | (2 | null",
            "(id = :p) AND (sk < :two) | 0 1 | null | 2)",
    })
    void describesTheSortKeyRange(String expression, String kept, String lower, String upper) {
        KeyCondition key = parse(expression, NUMBERED);
        assertEquals(AttributeValue.fromS("p"), key.partitionValue());
        String matching = Stream.of(0, 1, 2, 3, 4, 5).filter(i -> key.test(AttributeValue.fromN("" + i)))
                .map(String::valueOf).collect(Collectors.joining(" "));
        assertEquals(kept, matching);
        assertEquals(lower, key.lowerBound() == null ? "null" : (key.lowerInclusive() ? "[" : "(") + key.lowerBound().n());
        assertEquals(upper, key.upperBound() == null ? "null" : key.upperBound().n() + (key.upperInclusive() ? "]" : ")"));
    }

    @Test
    void beginsWithIsARangeFromThePrefix() {
        KeyCondition key = parse("id = :p AND begins_with(sk, :ab)", NAMED);
        assertTrue(key.hasSortCondition());
        assertEquals(AttributeValue.fromS("ab"), key.prefix());
        assertEquals(AttributeValue.fromS("ab"), key.lowerBound());
        assertTrue(key.lowerInclusive());
        assertNull(key.upperBound());
        assertTrue(key.test(AttributeValue.fromS("abc")));
        assertFalse(key.test(AttributeValue.fromS("ac")));
    }

    @Test
    void withoutSortConditionEveryKeyMatches() {
        KeyCondition key = parse("id = :p", NAMED);
        assertFalse(key.hasSortCondition());
        assertNull(key.prefix());
        assertTrue(key.test(AttributeValue.fromS("anything")));
    }
}
