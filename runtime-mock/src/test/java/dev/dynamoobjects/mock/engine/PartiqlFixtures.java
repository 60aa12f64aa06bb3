package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.attribute;
import static dev.dynamoobjects.mock.engine.Fixtures.hash;
import static dev.dynamoobjects.mock.engine.Fixtures.item;
import static dev.dynamoobjects.mock.engine.Fixtures.n;
import static dev.dynamoobjects.mock.engine.Fixtures.range;
import static dev.dynamoobjects.mock.engine.Fixtures.s;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The tables of the PartiQL conformance tests: {@code people} keyed by the string {@code id}, and
 * {@code events} keyed by the string {@code pk} and the number {@code sk}, with a global index
 * {@code byGroup} on the string {@code gk}. Three partitions of three events each.
 */
final class PartiqlFixtures {
    static final String PEOPLE = "people";
    static final String EVENTS = "events";

    private PartiqlFixtures() {
    }

    static void createTables(DynamoDbClient dynamo) {
        Fixtures.hashTable(dynamo, PEOPLE);
        dynamo.createTable(b -> b.tableName(EVENTS).keySchema(hash("pk"), range("sk"))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("gk", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGroup").keySchema(hash("gk"))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        for (int i = 1; i <= 3; i++) {
            int person = i;
            dynamo.putItem(b -> b.tableName(PEOPLE).item(item("id", s("a" + person), "n", n(String.valueOf(person)),
                    "m", AttributeValue.fromM(item("x", n(String.valueOf(person)),
                            "l", AttributeValue.fromL(List.of(s("q" + person))))))));
            for (int j = 1; j <= 3; j++) {
                int event = j;
                dynamo.putItem(b -> b.tableName(EVENTS).item(item("pk", s("p" + person), "sk", n(String.valueOf(event)),
                        "gk", s("g" + event), "v", s("v" + person + event))));
            }
        }
    }

    /** The items in a fixed order, for results whose order DynamoDB leaves open (scans, index partitions). */
    static List<Map<String, AttributeValue>> sorted(List<Map<String, AttributeValue>> items) {
        return items.stream().sorted(Comparator.comparing(PartiqlFixtures::identity)).toList();
    }

    private static String identity(Map<String, AttributeValue> item) {
        return String.valueOf(item.get("id")) + item.get("pk") + item.get("sk");
    }
}
