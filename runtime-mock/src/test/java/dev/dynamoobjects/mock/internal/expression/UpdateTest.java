package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class UpdateTest {
    private static final String ITEM = """
            {"n":{"N":"10"}, "s":{"S":"x"}, "l":{"L":[{"N":"0"},{"N":"1"},{"N":"2"}]},
             "m":{"M":{"k":{"S":"v"},"nested":{"M":{"deep":{"N":"1"}}}}}, "ss":{"SS":["a","b"]}, "ns":{"NS":["1","2"]}}""";
    private static final String VALUES = """
            {":one":{"N":"1"}, ":half":{"N":"0.50"}, ":s":{"S":"new"}, ":l":{"L":[{"S":"e"}]},
             ":ssb":{"SS":["b","c"]}, ":ssab":{"SS":["a","b"]}, ":ns":{"NS":["2.0","3"]}, ":big":{"N":"1E+50"}}""";

    private static Update update(String expression) {
        return new ExpressionContext(Map.of("#k", "key word"), Json.item(VALUES)).update(expression);
    }

    /** The item after the update, showing only the attributes the expected answer names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SET a = :s | a | S:new",
            "SET n = n + :one | n | N:11",
            "SET n = n - :half | n | N:9.5",
            "SET n = :half + :half | n | N:1",
            "SET a = if_not_exists(a, :one) | a | N:1",
            "SET n = if_not_exists(n, :one) | n | N:10",
            "SET l = list_append(l, :l) | l | L:[N:0, N:1, N:2, S:e]",
            "SET l = list_append(:l, l) | l | L:[S:e, N:0, N:1, N:2]",
            "SET l[1] = :s | l | L:[N:0, S:new, N:2]",
            "SET l[10] = :s | l | L:[N:0, N:1, N:2, S:new]",
            "SET m.nested.deep = :s | m | M:{k=S:v, nested=M:{deep=S:new}}",
            "SET m.#k = :s | m | M:{k=S:v, key word=S:new, nested=M:{deep=N:1}}",
            "SET s = n, n = s | n | S:x",
            "REMOVE s | s | null",
            "REMOVE l[0], l[2] | l | L:[N:1]",
            "REMOVE l[9] | l | L:[N:0, N:1, N:2]",
            "SET l[0] = :s REMOVE l[1] | l | L:[S:new, N:2]",
            "REMOVE m.k | m | M:{nested=M:{deep=N:1}}",
            "ADD n :one | n | N:11",
            "ADD a :one | a | N:1",
            "ADD ss :ssb | ss | SS:[a,b,c]",
            "ADD ns :ns | ns | NS:[1,2,3]",
            "ADD m.tally :one | m | M:{k=S:v, nested=M:{deep=N:1}, tally=N:1}",
            "DELETE ss :ssb | ss | SS:[a]",
            "DELETE ss :ssab | ss | null",
            "DELETE ns :ns | ns | NS:[1]",
            "DELETE a :ssb | a | null",
            "set a = :s remove s add n :one delete ss :ssb | n | N:11",
    })
    void applies(String expression, String attribute, String expected) {
        Map<String, AttributeValue> updated = update(expression).apply(Json.item(ITEM));
        AttributeValue value = updated.get(attribute);
        assertEquals(expected, value == null ? "null" : Canonical.of(value));
    }

    @Test
    void leavesTheInputItemUntouched() {
        Map<String, AttributeValue> item = Json.item(ITEM);
        String before = Canonical.of(item);
        update("SET m.nested.deep = :s, l[0] = :s REMOVE s ADD ns :ns").apply(item);
        assertEquals(before, Canonical.of(item));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SET a = b + :one | The provided expression refers to an attribute that does not exist in the item",
            "SET a = list_append(b, :l) | The provided expression refers to an attribute that does not exist in the item",
            "SET a = s + :one | An operand in the update expression has an incorrect data type",
            "SET a = list_append(s, :l) | An operand in the update expression has an incorrect data type",
            "ADD s :one | An operand in the update expression has an incorrect data type",
            "DELETE ns :ssb | An operand in the update expression has an incorrect data type",
            "SET gone.b = :s | The document path provided in the update expression is invalid for update",
            "SET s[0] = :s | The document path provided in the update expression is invalid for update",
            "REMOVE gone.b | The document path provided in the update expression is invalid for update",
            "ADD gone.b :one | The document path provided in the update expression is invalid for update",
            "SET n = :big + :one | Number overflow. Attempting to store a number with magnitude larger than supported range",
    })
    void rejectsWhatTheItemDoesNotAllow(String expression, String message) {
        Update update = update(expression);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> update.apply(Json.item(ITEM)));
        assertEquals(message, e.awsErrorDetails().errorMessage());
    }

    @Test
    void namesTheAttributesItWrites() {
        assertEquals(Set.of("a", "m", "l", "ss"), update("SET a = :s, m.k = :s REMOVE l[0] DELETE ss :ssb").writtenAttributes());
    }

    @Test
    void projectsTheUpdatedAttributesThatExist() {
        Update update = update("SET m.k = :s, a = :s REMOVE l[0]");
        Map<String, AttributeValue> old = Json.item(ITEM);
        assertEquals("{l=L:[N:0, N:1, N:2], m=M:{k=S:v, nested=M:{deep=N:1}}}", Canonical.of(update.projectUpdated(old)));
        assertEquals("{a=S:new, l=L:[N:1, N:2], m=M:{k=S:new, nested=M:{deep=N:1}}}",
                Canonical.of(update.projectUpdated(update.apply(old))));
    }
}
