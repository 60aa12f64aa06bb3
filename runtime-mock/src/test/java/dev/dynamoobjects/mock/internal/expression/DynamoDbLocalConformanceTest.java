package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends each expression of {@code conformance-cases.txt} to DynamoDB Local and to the emulator and
 * expects the same answer: the same truth value, item or sort keys, or the same error message.
 * Where DynamoDB Local differs from DynamoDB, the last tests pin both answers and say why.
 */
class DynamoDbLocalConformanceTest {

    @BeforeAll
    static void createTables() {
        LocalDynamo.prepare();
    }

    static Stream<ExpressionCase> cases() throws IOException {
        try (InputStream in = DynamoDbLocalConformanceTest.class.getResourceAsStream("conformance-cases.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank()).map(ExpressionCase::parse).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsDynamoDbLocal(ExpressionCase c) {
        assertEquals(LocalDynamo.answer(c), Emulated.answer(c));
    }

    static Stream<ExpressionCase> limits() {
        String manyValues = IntStream.range(0, 101).mapToObj(i -> "\":v" + i + "\":{\"N\":\"" + i + "\"}")
                .collect(Collectors.joining(",", "{", "}"));
        String inList = IntStream.range(0, 101).mapToObj(i -> ":v" + i).collect(Collectors.joining(", "));
        String inList100 = IntStream.range(1, 101).mapToObj(i -> ":v" + i).collect(Collectors.joining(", "));
        String manyComparisons = IntStream.range(0, 151).mapToObj(i -> "a" + i + " = :v").collect(Collectors.joining(" AND "));
        String longName = "n".repeat(300);
        return Stream.of(
                new ExpressionCase("cond", "a IN (" + inList + ")", null, manyValues, "{\"a\":{\"N\":\"1\"}}"),
                new ExpressionCase("cond", "a IN (:v0) OR a IN (" + inList100 + ")", null, manyValues, "{\"a\":{\"N\":\"100\"}}"),
                new ExpressionCase("cond", manyComparisons, null, "{\":v\":{\"S\":\"x\"}}", null),
                new ExpressionCase("cond", manyComparisons.substring(0, manyComparisons.lastIndexOf(" AND ")), null,
                        "{\":v\":{\"S\":\"x\"}}", null),
                new ExpressionCase("cond", "attribute_exists(" + "a".repeat(4100) + ")", null, null, null),
                new ExpressionCase("cond", "attribute_exists(#" + longName + ")", "{\"#" + longName + "\":\"a\"}", null, null),
                new ExpressionCase("cond", "attribute_exists(#a)", "{\"#a\":\"" + "n".repeat(65536) + "\"}", null, null),
                new ExpressionCase("cond", "a = :" + longName, null, "{\":" + longName + "\":{\"S\":\"x\"}}", null),
                new ExpressionCase("cond", "attribute_exists(#" + longName.substring(46) + ")",
                        "{\"#" + longName.substring(46) + "\":\"a\"}", null, null),
                new ExpressionCase("cond", "attribute_exists(#" + longName.substring(45) + ")",
                        "{\"#" + longName.substring(45) + "\":\"a\"}", null, null));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("limits")
    void enforcesDynamoDbLimits(ExpressionCase c) {
        assertEquals(LocalDynamo.answer(c), Emulated.answer(c));
    }

    // ---- where DynamoDB Local is not DynamoDB ----

    @Test
    void namesTheMissingKeyAsDynamoDbDoes() {
        // DynamoDB says which key is missing; DynamoDB Local leaves the name out.
        ExpressionCase c = ExpressionCase.parse("query|sk = :a|-|{\":a\":{\"N\":\"1\"}}");
        assertEquals("error: Query condition missed key schema element", LocalDynamo.answer(c));
        assertEquals("error: Query condition missed key schema element: id", Emulated.answer(c));
    }

    @Test
    void reportsImpreciseArithmeticAsDynamoDbDoes() {
        // DynamoDB answers a sum needing more than 38 digits with its overflow message (ScyllaDB's
        // Alternator tests, run against DynamoDB, record this); DynamoDB Local has its own text.
        ExpressionCase c = ExpressionCase.parse(
                "upd|SET a = :v + :w|-|{\":v\":{\"N\":\"1E+30\"},\":w\":{\"N\":\"1E-10\"}}|{\"b\":{\"S\":\"x\"}}");
        assertEquals("error: DynamoDB only supports precision up to 38 digits", LocalDynamo.answer(c));
        assertEquals("error: Number overflow. Attempting to store a number with magnitude larger than supported range",
                Emulated.answer(c));
    }

    @Test
    void reservesConvertAsDynamoDbDoes() {
        // CONVERT is on DynamoDB's documented list of reserved words but not on DynamoDB Local's.
        ExpressionCase c = ExpressionCase.parse("cond|attribute_exists(convert)|-|-|{\"a\":{\"S\":\"x\"}}");
        assertEquals("false", LocalDynamo.answer(c));
        assertEquals("error: Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: convert",
                Emulated.answer(c));
    }
}
