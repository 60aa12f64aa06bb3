package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionTest {
    private static final Map<String, AttributeValue> ITEM = Json.item("""
            {"s":{"S":"hello"}, "n":{"N":"10"}, "b":{"B":"abc"}, "t":{"BOOL":true}, "z":{"NULL":true},
             "ss":{"SS":["x","y"]}, "ns":{"NS":["1","2.5"]}, "bs":{"BS":["p"]},
             "l":{"L":[{"N":"1"},{"M":{"deep":{"S":"d"}}},{"L":[{"S":"in"}]}]},
             "m":{"M":{"k":{"S":"v"},"name":{"S":"reserved"}}}}""");
    private static final String VALUES = """
            {":s":{"S":"hello"}, ":he":{"S":"he"}, ":n":{"N":"10.0"}, ":five":{"N":"5"}, ":twenty":{"N":"20"},
             ":x":{"S":"x"}, ":one":{"N":"1"}, ":ab":{"B":"ab"}, ":S":{"S":"S"}, ":NULL":{"S":"NULL"},
             ":list":{"L":[{"N":"1"},{"M":{"deep":{"S":"d"}}},{"L":[{"S":"in"}]}]}, ":ssyx":{"SS":["y","x"]},
             ":d":{"S":"d"}, ":three":{"N":"3"}, ":two":{"N":"2"}, ":t":{"BOOL":true}}""";

    private static boolean test(String expression) {
        ExpressionContext context = new ExpressionContext(Map.of("#name", "name", "#dotted", "a.b"), Json.item(VALUES));
        return context.condition(expression).test(ITEM);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "s = :s | true",
            "s <> :s | false",
            "n = :n | true",
            "n < :twenty AND n > :five | true",
            "n <= :n AND n >= :n | true",
            "s < :x | true",
            "b > :ab | true",
            "n = :s | false",
            "n <> :s | true",
            "gone = :s | false",
            "gone <> :s | true",
            "gone < :s | false",
            "n BETWEEN :five AND :twenty | true",
            "n BETWEEN :five AND m.k | false",
            "n IN (:five, :n) | true",
            "n IN (:five, :twenty) | false",
            "ss = :ssyx | true",
            "l = :list | true",
            "l[1].deep = :d | true",
            "l[2][0] = :d | false",
            "l[9] = :d | false",
            "m.#name = m.k | false",
            "#dotted = :s | false",
            "attribute_exists(m.k) | true",
            "attribute_exists(l[3]) | false",
            "attribute_not_exists(gone) | true",
            "attribute_type(s, :S) | true",
            "attribute_type(z, :NULL) | true",
            "attribute_type(n, :S) | false",
            "begins_with(s, :he) | true",
            "begins_with(b, :ab) | true",
            "begins_with(n, :he) | false",
            "contains(s, :he) | true",
            "contains(ss, :x) | true",
            "contains(ns, :one) | true",
            "contains(l, :one) | true",
            "contains(n, :one) | false",
            "size(s) = :five | true",
            "size(ss) = :two | true",
            "size(l) = :three | true",
            "size(m) = :two | true",
            "size(n) = :two | false",
            "size(gone) > :two | false",
            "NOT s = :s | false",
            "NOT s = :x OR n = :s AND s = :x | true",
            "(NOT s = :x OR n = :s) AND s = :x | false",
            "s = :s OR gone = :s AND n = :s | true",
            "(s) = (:s) | true",
            "t = :t | true",
            "S = :s | false",
    })
    void evaluates(String expression, boolean expected) {
        assertEquals(expected, test(expression));
    }
}
