package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionTest {
    private static final String ITEM = """
            {"a":{"S":"x"}, "n":{"N":"1"}, "l":{"L":[{"N":"0"},{"M":{"p":{"N":"1"},"q":{"N":"2"}}},{"L":[{"S":"i"},{"S":"j"}]}]},
             "m":{"M":{"k":{"S":"v"},"name":{"S":"w"},"nested":{"M":{"deep":{"N":"1"},"other":{"N":"2"}}}}}}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a | {a=S:x}",
            "a, n | {a=S:x, n=N:1}",
            "m.k | {m=M:{k=S:v}}",
            "m.#name, m.nested.deep | {m=M:{name=S:w, nested=M:{deep=N:1}}}",
            "l[1].q | {l=L:[M:{q=N:2}]}",
            "l[2][1], l[0] | {l=L:[N:0, L:[S:j]]}",
            "l[7], gone, m.gone, a.b, n[0] | {}",
            "m | {m=M:{k=S:v, name=S:w, nested=M:{deep=N:1, other=N:2}}}",
    })
    void keepsOnlyTheProjectedParts(String expression, String expected) {
        Projection projection = new ExpressionContext(Map.of("#name", "name"), null).projection(expression);
        assertEquals(expected, Canonical.of(projection.apply(Json.item(ITEM))));
    }
}
