package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.s;
import static dev.dynamoobjects.mock.engine.PartiqlFixtures.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** PartiQL SELECT through ExecuteStatement: which items, in which order, and DynamoDB's errors. */
@DynamoTest
class PartiqlSelectConformanceTest {
    DynamoDbClient dynamo;

    @BeforeEach
    void createTables() {
        PartiqlFixtures.createTables(dynamo);
    }

    private List<Map<String, AttributeValue>> select(String statement, AttributeValue... parameters) {
        return dynamo.executeStatement(b -> {
            b.statement(statement);
            if (parameters.length > 0) {
                b.parameters(parameters);
            }
        }).items();
    }

    private List<String> sortKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> item.get("pk").s() + "/" + item.get("sk").n()).toList();
    }

    @Test
    void aKeyedSelectReturnsTheItem() {
        assertEquals(List.of(item("id", s("a1"), "n", n("1"), "m",
                        AttributeValue.fromM(item("x", n("1"), "l", AttributeValue.fromL(List.of(s("q1"))))))),
                select("SELECT * FROM \"people\" WHERE id = 'a1'"));
        assertEquals(select("SELECT * FROM people WHERE \"id\" = 'a1'"), select("select * from \"people\" where id = 'a1'"));
        assertEquals(List.of(), select("SELECT * FROM \"people\" WHERE id = 'it''s'"));
    }

    @Test
    void parametersBindInOrder() {
        assertEquals(List.of(item("id", s("a2"))), select("SELECT id FROM \"people\" WHERE id = ? AND n = ?",
                s("a2"), n("2")));
    }

    @Test
    void nestedPathsAreSelectedUnderTheirLastName() {
        assertEquals(List.of(item("id", s("a1"), "x", n("1"), "l[0]", s("q1"))),
                select("SELECT id, m.x, m.l[0] FROM \"people\" WHERE id = 'a1'"));
        assertEquals(List.of(Map.of()), select("SELECT absent FROM \"people\" WHERE id = 'a1'"));
    }

    @Test
    void aPartitionIsReadInSortKeyOrderEitherWay() {
        assertEquals(List.of("p1/1", "p1/2", "p1/3"), sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1'")));
        assertEquals(List.of("p1/3", "p1/2", "p1/1"),
                sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' ORDER BY sk DESC")));
        assertEquals(List.of("p1/3", "p1/2"),
                sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' AND sk BETWEEN 2 AND 3 ORDER BY sk DESC")));
        assertEquals(List.of("p1/2"), sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' AND sk > 1 AND sk < 3")));
    }

    @Test
    void aPartitionKeyInAListReadsEachPartitionOnceInKeyOrder() {
        assertEquals(List.of("p1/1", "p1/2", "p1/3", "p2/1", "p2/2", "p2/3"),
                sortKeys(select("SELECT * FROM \"events\" WHERE pk IN ['p2', 'p1', 'p2']")));
    }

    @Test
    void otherTermsOnKeysAndAttributesFilterThePartition() {
        assertEquals(List.of("p1/1", "p1/3"), sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' AND sk IN [1, 3]")));
        assertEquals(List.of("p1/1", "p1/3"),
                sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' AND (sk = 1 OR sk = 3)")));
        assertEquals(List.of("p1/2"), sortKeys(select("SELECT * FROM \"events\" WHERE pk = 'p1' AND v = 'v12'")));
    }

    @Test
    void withoutThePartitionKeyTheTableIsScanned() {
        assertEquals(List.of("p1/1", "p2/1", "p3/1"), sortKeys(sorted(select("SELECT * FROM \"events\" WHERE sk = 1"))));
        assertEquals(9, select("SELECT * FROM \"events\"").size());
        assertEquals(List.of("a1", "a2"), ids(select("SELECT * FROM \"people\" WHERE id = 'a1' OR id = 'a2'")));
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return sorted(items).stream().map(item -> item.get("id").s()).toList();
    }

    @Test
    void everyConditionFormFilters() {
        assertEquals(List.of("a1", "a2"), ids(select("SELECT * FROM \"people\" WHERE n BETWEEN 1 AND 2")));
        assertEquals(List.of("a1", "a3"), ids(select("SELECT * FROM \"people\" WHERE n IN [1, 3]")));
        assertEquals(List.of("a1", "a3"), ids(select("SELECT * FROM \"people\" WHERE begins_with(id, 'a') AND NOT n = 2")));
        assertEquals(List.of("a1"), ids(select("SELECT * FROM \"people\" WHERE contains(m.l, 'q1') OR size(id) > 5")));
        assertEquals(List.of("a1", "a3"),
                ids(select("SELECT * FROM \"people\" WHERE n <> 2 AND n >= 1 AND n <= 3 AND n < 9 AND n > 0")));
        assertEquals(List.of("a1", "a2", "a3"), ids(select("SELECT * FROM \"people\" WHERE attribute_type(n, 'N')")));
        assertEquals(List.of("a1", "a2", "a3"), ids(select("SELECT * FROM \"people\" WHERE m.y IS MISSING")));
        assertEquals(List.of(), ids(select("SELECT * FROM \"people\" WHERE m.y IS NOT MISSING")));
        assertEquals(List.of("a1"), ids(select("SELECT * FROM \"people\" WHERE m = {'x': 1, 'l': ['q1']}")));
        assertEquals(List.of("a1"), ids(select("SELECT * FROM \"people\" WHERE m.l[0] = 'q1' AND n = 1.0")));
    }

    @Test
    void aGlobalIndexIsQueriedByItsKey() {
        assertEquals(List.of("p1/1", "p2/1", "p3/1"),
                sortKeys(sorted(select("SELECT * FROM \"events\".\"byGroup\" WHERE gk = 'g1'"))));
    }

    @Test
    void limitAndNextTokenPageThroughAPartition() {
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ExecuteStatementResponse page = dynamo.executeStatement(b -> b
                    .statement("SELECT * FROM \"events\" WHERE pk = 'p2'").limit(2).nextToken(next));
            keys.addAll(sortKeys(page.items()));
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 5);
        assertEquals(List.of("p2/1", "p2/2", "p2/3"), keys);
    }

    @Test
    void malformedStatementsAreRefusedWithTheWholeStatement() {
        assertValidation("Statement wasn't well formed, can't be processed: SELECT * FROM \"people\" WHERE",
                () -> select("SELECT * FROM \"people\" WHERE"));
        assertValidation("Statement wasn't well formed, can't be processed: SELECT *, id FROM \"people\"",
                () -> select("SELECT *, id FROM \"people\""));
    }

    @Test
    void tooFewParametersAreRefused() {
        assertValidation("Number of parameters in request and statement don't match.",
                () -> select("SELECT * FROM \"people\" WHERE id = ?"));
    }

    @Test
    void missingTablesAndIndexesAreNamed() {
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Cannot do operations on a non-existent table", () -> select("SELECT * FROM \"nope\""));
        assertValidation("The table does not have the specified index: nope",
                () -> select("SELECT * FROM \"events\".\"nope\" WHERE gk = 'g1'"));
    }

    @Test
    void orderByNeedsThePartitionKeyAndAKeyAttribute() {
        assertValidation("Must have WHERE clause in the statement when using ORDER BY clause.",
                () -> select("SELECT * FROM \"events\" ORDER BY sk"));
        assertValidation("Must have at least one non-optional hash key condition in WHERE clause when using ORDER BY clause.",
                () -> select("SELECT * FROM \"events\" WHERE v = 'v11' ORDER BY sk"));
        assertValidation("Variable reference v in ORDER BY clause must be part of the primary key",
                () -> select("SELECT * FROM \"events\" WHERE pk = 'p1' ORDER BY v"));
    }

    @Test
    void keyValuesOfTheWrongTypeAreRefused() {
        assertValidation("Key attribute's data type should match its data type in table's schema: Key id",
                () -> select("SELECT * FROM \"people\" WHERE id = 1"));
        assertValidation("Key attribute's data type should match its data type in table's schema: Key sk",
                () -> select("SELECT * FROM \"events\" WHERE pk = 'p1' AND sk = 'x'"));
    }

    @Test
    void unsupportedConstructsAreNamed() {
        assertValidation("Aliasing is not supported", () -> select("SELECT * FROM \"people\" p WHERE p.id = 'a1'"));
        assertValidation("Unsupported clause: LIMIT at 1:46:1",
                () -> select("SELECT * FROM \"people\" WHERE id = 'a1' LIMIT 1"));
        assertValidation("Unrecognized function: nope", () -> select("SELECT * FROM \"people\" WHERE nope(n)"));
        assertValidation("Unsupported operator in Condition Expression. Operator: +",
                () -> select("SELECT * FROM \"people\" WHERE n + 1 = 2"));
        assertValidation("MISSING must be compared using IS operator",
                () -> select("SELECT * FROM \"people\" WHERE id = 'a1' AND n = MISSING"));
        assertValidation("Incorrect number of operands for operator or function; operator or function: begins_with, "
                + "number of operands: 1", () -> select("SELECT * FROM \"people\" WHERE begins_with(id)"));
    }
}
