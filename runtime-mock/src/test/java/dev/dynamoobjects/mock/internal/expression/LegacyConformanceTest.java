package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.local.DynamoDbLocal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The legacy parameters on DynamoDB Local and on the emulator: the same answers expected. */
class LegacyConformanceTest {
    private static final Map<String, AttributeValue> ITEM = Json.item("""
            {"id":{"S":"k"}, "a":{"S":"abc"}, "n":{"N":"5"}, "ss":{"SS":["x","y"]},
             "l":{"L":[{"S":"x"},{"N":"1"}]}, "t":{"BOOL":true}}""");
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("k"));

    @BeforeAll
    static void createTables() {
        LocalDynamo.prepare();
    }

    private static DynamoDbClient local() {
        return DynamoDbLocal.shared().client();
    }

    private static String answer(Supplier<String> call) {
        try {
            return call.get();
        } catch (ConditionalCheckFailedException e) {
            return "false";
        } catch (DynamoDbException e) {
            return "error: " + e.awsErrorDetails().errorMessage();
        }
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    private static ExpectedAttributeValue compare(ComparisonOperator operator, AttributeValue... values) {
        return ExpectedAttributeValue.builder().comparisonOperator(operator).attributeValueList(values).build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.Condition condition(ComparisonOperator operator,
                                                                                      AttributeValue... values) {
        return software.amazon.awssdk.services.dynamodb.model.Condition.builder().comparisonOperator(operator)
                .attributeValueList(values).build();
    }

    static Stream<Arguments> expectations() {
        Map<String, ExpectedAttributeValue> two = new LinkedHashMap<>();
        two.put("a", compare(ComparisonOperator.EQ, s("zzz")));
        two.put("n", compare(ComparisonOperator.EQ, n("5")));
        return Stream.of(
                Arguments.of("value equal", Map.of("a", ExpectedAttributeValue.builder().value(s("abc")).build()), null),
                Arguments.of("value differs", Map.of("a", ExpectedAttributeValue.builder().value(s("x")).build()), null),
                Arguments.of("exists without value", Map.of("a", ExpectedAttributeValue.builder().exists(true).build()), null),
                Arguments.of("not exists", Map.of("zz", ExpectedAttributeValue.builder().exists(false).build()), null),
                Arguments.of("not exists, present", Map.of("a", ExpectedAttributeValue.builder().exists(false).build()), null),
                Arguments.of("not exists with value",
                        Map.of("a", ExpectedAttributeValue.builder().exists(false).value(s("abc")).build()), null),
                Arguments.of("value and list", Map.of("a", ExpectedAttributeValue.builder().value(s("abc"))
                        .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("abc")).build()), null),
                Arguments.of("exists and operator", Map.of("a", ExpectedAttributeValue.builder().exists(true)
                        .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("abc")).build()), null),
                Arguments.of("nothing", Map.of("a", ExpectedAttributeValue.builder().build()), null),
                Arguments.of("EQ", Map.of("a", compare(ComparisonOperator.EQ, s("abc"))), null),
                Arguments.of("EQ two values", Map.of("a", compare(ComparisonOperator.EQ, s("abc"), s("x"))), null),
                Arguments.of("EQ no value", Map.of("a", compare(ComparisonOperator.EQ)), null),
                Arguments.of("EQ bool", Map.of("t", compare(ComparisonOperator.EQ, AttributeValue.fromBool(true))), null),
                Arguments.of("EQ list", Map.of("l", compare(ComparisonOperator.EQ, Json.value("{\"L\":[{\"S\":\"x\"},{\"N\":\"1\"}]}"))), null),
                Arguments.of("NE missing", Map.of("zz", compare(ComparisonOperator.NE, s("abc"))), null),
                Arguments.of("NE other type", Map.of("n", compare(ComparisonOperator.NE, s("5"))), null),
                Arguments.of("LT", Map.of("n", compare(ComparisonOperator.LT, n("6"))), null),
                Arguments.of("LT bool", Map.of("n", compare(ComparisonOperator.LT, AttributeValue.fromBool(true))), null),
                Arguments.of("LT set", Map.of("n", compare(ComparisonOperator.LT, AttributeValue.fromSs(List.of("a")))), null),
                Arguments.of("GE other type", Map.of("n", compare(ComparisonOperator.GE, s("1"))), null),
                Arguments.of("NOT_NULL", Map.of("a", compare(ComparisonOperator.NOT_NULL)), null),
                Arguments.of("NULL", Map.of("a", compare(ComparisonOperator.NULL)), null),
                Arguments.of("NULL with value", Map.of("a", compare(ComparisonOperator.NULL, s("x"))), null),
                Arguments.of("CONTAINS string", Map.of("a", compare(ComparisonOperator.CONTAINS, s("b"))), null),
                Arguments.of("CONTAINS set", Map.of("ss", compare(ComparisonOperator.CONTAINS, s("x"))), null),
                Arguments.of("CONTAINS list", Map.of("l", compare(ComparisonOperator.CONTAINS, s("x"))), null),
                Arguments.of("CONTAINS a set", Map.of("ss", compare(ComparisonOperator.CONTAINS, AttributeValue.fromSs(List.of("x")))), null),
                Arguments.of("NOT_CONTAINS missing", Map.of("zz", compare(ComparisonOperator.NOT_CONTAINS, s("x"))), null),
                Arguments.of("NOT_CONTAINS string", Map.of("a", compare(ComparisonOperator.NOT_CONTAINS, s("z"))), null),
                Arguments.of("NOT_CONTAINS number", Map.of("n", compare(ComparisonOperator.NOT_CONTAINS, s("z"))), null),
                Arguments.of("BEGINS_WITH", Map.of("a", compare(ComparisonOperator.BEGINS_WITH, s("ab"))), null),
                Arguments.of("BEGINS_WITH number", Map.of("a", compare(ComparisonOperator.BEGINS_WITH, n("1"))), null),
                Arguments.of("IN mixed", Map.of("n", compare(ComparisonOperator.IN, s("5"), n("5"))), null),
                Arguments.of("IN", Map.of("n", compare(ComparisonOperator.IN, n("4"), n("5"))), null),
                Arguments.of("IN set", Map.of("n", compare(ComparisonOperator.IN, AttributeValue.fromSs(List.of("x")))), null),
                Arguments.of("IN nothing", Map.of("n", compare(ComparisonOperator.IN)), null),
                Arguments.of("BETWEEN", Map.of("n", compare(ComparisonOperator.BETWEEN, n("1"), n("9"))), null),
                Arguments.of("BETWEEN reversed", Map.of("n", compare(ComparisonOperator.BETWEEN, n("9"), n("1"))), null),
                Arguments.of("BETWEEN mixed", Map.of("n", compare(ComparisonOperator.BETWEEN, n("1"), s("9"))), null),
                Arguments.of("BETWEEN one value", Map.of("n", compare(ComparisonOperator.BETWEEN, n("1"))), null),
                Arguments.of("AND", two, null),
                Arguments.of("OR", two, ConditionalOperator.OR),
                Arguments.of("OR of one", Map.of("a", compare(ComparisonOperator.EQ, s("abc"))), ConditionalOperator.OR),
                Arguments.of("reserved word", Map.of("name", compare(ComparisonOperator.NULL)), null),
                Arguments.of("bad number", Map.of("n", compare(ComparisonOperator.EQ, n("x"))), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void expected(String label, Map<String, ExpectedAttributeValue> expected, ConditionalOperator operator) {
        String local = answer(() -> {
            local().putItem(b -> b.tableName(LocalDynamo.ITEMS).item(ITEM));
            local().putItem(b -> b.tableName(LocalDynamo.ITEMS).item(ITEM).expected(expected).conditionalOperator(operator));
            return "true";
        });
        String emulated = answer(() -> Boolean.toString(LegacyConditions.expected(expected, operator).test(ITEM)));
        assertEquals(local, emulated);
    }

    /** The expectations written with comparison operators, the form filters share. */
    @SuppressWarnings("unchecked")
    static Stream<Arguments> filters() {
        return expectations().filter(arguments -> ((Map<String, ExpectedAttributeValue>) arguments.get()[1]).values()
                .stream().allMatch(e -> e.comparisonOperator() != null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void scanFilter(String label, Map<String, ExpectedAttributeValue> expected, ConditionalOperator operator) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> filter = new LinkedHashMap<>();
        expected.forEach((name, e) -> filter.put(name, software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                .comparisonOperator(e.comparisonOperator()).attributeValueList(e.attributeValueList()).build()));
        String local = answer(() -> {
            local().putItem(b -> b.tableName(LocalDynamo.ITEMS).item(ITEM));
            int count = local().scan(b -> b.tableName(LocalDynamo.ITEMS).scanFilter(filter).conditionalOperator(operator)).count();
            return Boolean.toString(count == 1);
        });
        String emulated = answer(() -> Boolean.toString(LegacyConditions.filter(filter, operator).test(ITEM)));
        assertEquals(local, emulated);
    }

    private static AttributeValueUpdate update(AttributeAction action, AttributeValue value) {
        return AttributeValueUpdate.builder().action(action).value(value).build();
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                Arguments.of("PUT", Map.of("b", update(AttributeAction.PUT, s("v")))),
                Arguments.of("PUT without value", Map.of("b", update(AttributeAction.PUT, null))),
                Arguments.of("DELETE", Map.of("a", update(AttributeAction.DELETE, null))),
                Arguments.of("DELETE missing", Map.of("zz", update(AttributeAction.DELETE, null))),
                Arguments.of("DELETE elements", Map.of("ss", update(AttributeAction.DELETE, AttributeValue.fromSs(List.of("x"))))),
                Arguments.of("DELETE all elements", Map.of("ss", update(AttributeAction.DELETE, AttributeValue.fromSs(List.of("x", "y"))))),
                Arguments.of("DELETE a string", Map.of("a", update(AttributeAction.DELETE, s("abc")))),
                Arguments.of("DELETE other set", Map.of("ss", update(AttributeAction.DELETE, AttributeValue.fromNs(List.of("1"))))),
                Arguments.of("ADD number", Map.of("n", update(AttributeAction.ADD, n("2")))),
                Arguments.of("ADD new", Map.of("zz", update(AttributeAction.ADD, n("2")))),
                Arguments.of("ADD set", Map.of("ss", update(AttributeAction.ADD, AttributeValue.fromSs(List.of("z"))))),
                Arguments.of("ADD list", Map.of("l", update(AttributeAction.ADD, AttributeValue.fromL(List.of(s("z")))))),
                Arguments.of("ADD new list", Map.of("zl", update(AttributeAction.ADD, AttributeValue.fromL(List.of(s("z")))))),
                Arguments.of("ADD string", Map.of("a", update(AttributeAction.ADD, s("z")))),
                Arguments.of("ADD to another type", Map.of("a", update(AttributeAction.ADD, n("1")))),
                Arguments.of("ADD without value", Map.of("n", update(AttributeAction.ADD, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void attributeUpdates(String label, Map<String, AttributeValueUpdate> updates) {
        String local = answer(() -> {
            local().putItem(b -> b.tableName(LocalDynamo.ITEMS).item(ITEM));
            return Canonical.of(local().updateItem(b -> b.tableName(LocalDynamo.ITEMS).key(KEY)
                    .attributeUpdates(updates).returnValues(ReturnValue.ALL_NEW)).attributes());
        });
        String emulated = answer(() -> Canonical.of(LegacyUpdate.of(updates).apply(ITEM)));
        assertEquals(local, emulated);
    }

    static Stream<Arguments> keyConditions() {
        return Stream.of(
                Arguments.of("EQ", Map.of("id", condition(ComparisonOperator.EQ, s("p")))),
                Arguments.of("EQ and GT", Map.of("id", condition(ComparisonOperator.EQ, s("p")),
                        "sk", condition(ComparisonOperator.GT, n("2")))),
                Arguments.of("EQ and BETWEEN", Map.of("id", condition(ComparisonOperator.EQ, s("p")),
                        "sk", condition(ComparisonOperator.BETWEEN, n("1"), n("3")))),
                Arguments.of("partition GT", Map.of("id", condition(ComparisonOperator.GT, s("p")))),
                Arguments.of("three", Map.of("id", condition(ComparisonOperator.EQ, s("p")),
                        "sk", condition(ComparisonOperator.EQ, n("2")), "zz", condition(ComparisonOperator.EQ, n("2")))),
                Arguments.of("wrong type", Map.of("id", condition(ComparisonOperator.EQ, n("1")))),
                Arguments.of("two values", Map.of("id", condition(ComparisonOperator.EQ, s("p"), s("q")))),
                Arguments.of("BEGINS_WITH number", Map.of("id", condition(ComparisonOperator.EQ, s("p")),
                        "sk", condition(ComparisonOperator.BEGINS_WITH, n("1")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyConditions")
    void keyConditions(String label, Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> conditions) {
        String local = answer(() -> local().query(b -> b.tableName(LocalDynamo.RANGES).keyConditions(conditions))
                .items().stream().map(item -> item.get("sk").n()).toList().toString());
        String emulated = answer(() -> {
            KeyCondition key = LegacyConditions.keyConditions(conditions, Emulated.RANGES);
            return Stream.of("0", "1", "2", "3", "4").filter(i -> key.test(n(i))).toList().toString();
        });
        assertEquals(local, emulated);
    }

    // ---- where DynamoDB Local is not DynamoDB ----

    @Test
    void putIsTheDefaultActionAsDynamoDbDocuments() {
        // DynamoDB documents PUT as the default action; DynamoDB Local ignores an update without one.
        Map<String, AttributeValueUpdate> updates = Map.of("b", AttributeValueUpdate.builder().value(s("v")).build());
        assertEquals("S:v", Canonical.of(LegacyUpdate.of(updates).apply(ITEM).get("b")));
    }

    @Test
    void rejectsUnindexableKeyConditionsWithDynamoDbsMessage() {
        // DynamoDB Local fails internally on these; DynamoDB answers with this message.
        Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> conditions = Map.of(
                "id", condition(ComparisonOperator.EQ, s("p")), "sk", condition(ComparisonOperator.NE, n("2")));
        assertEquals("error: Attempted conditional constraint is not an indexable operation",
                answer(() -> LegacyConditions.keyConditions(conditions, Emulated.RANGES).toString()));
    }

    @Test
    void projectsTheAttributesToGet() {
        assertEquals("{a=S:abc, n=N:5}", Canonical.of(LegacyConditions.attributesToGet(List.of("a", "n", "gone")).apply(ITEM)));
    }
}
