package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class ExpressionContextTest {

    private static String error(Executable executable) {
        return assertThrows(DynamoDbException.class, executable).awsErrorDetails().errorMessage();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{} | - | ExpressionAttributeNames must not be empty",
            "- | {} | ExpressionAttributeValues must not be empty",
            "{\"n\":\"a\"} | - | ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"",
            "{\"#a-b\":\"a\"} | - | ExpressionAttributeNames contains invalid key: Syntax error; key: \"#a-b\"",
            "{\"#a\":\"\"} | - | ExpressionAttributeNames contains invalid value: Empty attribute name for key #a",
            "- | {\"v\":{\"S\":\"x\"}} | ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
            "- | {\":v\":{\"N\":\"abc\"}} | ExpressionAttributeValues contains invalid value: A value provided cannot be converted into a number for key :v",
            "- | {\":v\":{\"L\":[{\"N\":\"1e400\"}]}} | ExpressionAttributeValues contains invalid value: Number overflow. Attempting to store a number with magnitude larger than supported range for key :v",
            "- | {\":v\":{\"NS\":[]}} | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An number set  may not be empty for key :v",
            "- | {\":v\":{\"SS\":[]}} | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v",
            "- | {\":v\":{\"BS\":[]}} | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Binary sets should not be empty for key :v",
            "- | {\":v\":{\"SS\":[\"a\",\"a\"]}} | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Input collection [a, a] contains duplicates for key :v",
            "- | {\":v\":{\"NS\":[\"1\",\"1.0\"]}} | ExpressionAttributeValues contains invalid value: Input collection contains duplicates for key :v",
            "- | {\":v\":{\"BS\":[\"a\",\"a\"]}} | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Input collection of type BS contains duplicates. for key :v",
    })
    void checksThePlaceholderMaps(String names, String values, String message) {
        assertEquals(message, error(() -> new ExpressionContext(Json.names(names), Json.item(values))));
    }

    @Test
    void rejectsUnusedNamesBeforeUnusedValues() {
        ExpressionContext context = new ExpressionContext(Map.of("#a", "a", "#c", "c", "#b", "b"),
                Json.item("{\":v\":{\"S\":\"x\"},\":w\":{\"S\":\"y\"}}"));
        context.condition("#a = :v");
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b, #c}",
                error(context::checkAllUsed));
    }

    @Test
    void countsPlaceholdersUsedByAnyExpressionOfTheRequest() {
        ExpressionContext context = new ExpressionContext(Map.of("#a", "a", "#p", "p"),
                Json.item("{\":v\":{\"S\":\"x\"},\":w\":{\"S\":\"y\"}}"));
        context.condition("#a = :v");
        context.projection("#p");
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}",
                error(context::checkAllUsed));
        context.update("SET b = :w");
        context.checkAllUsed();
    }

    @Test
    void knowsDynamoDbsReservedWordsInAnyCase() {
        assertEquals(573, ReservedWords.count());
        assertTrue(ReservedWords.isReserved("Name"));
        assertTrue(ReservedWords.isReserved("convert"));
    }
}
