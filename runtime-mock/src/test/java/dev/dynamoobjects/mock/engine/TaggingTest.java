package dev.dynamoobjects.mock.engine;

import static dev.dynamoobjects.mock.engine.Fixtures.assertError;
import static dev.dynamoobjects.mock.engine.Fixtures.assertValidation;
import static dev.dynamoobjects.mock.engine.Fixtures.hashTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * Tagging on the engine alone: DynamoDB Local does not support it (UnknownOperationException). The
 * texts are DynamoDB's as recorded with client-side validation off in a public catalogue of DynamoDB
 * answers kept for the ACK DynamoDB controller (DDB-TABLE-071, -107, -372, -457), and by dynalite for
 * a missing Tags member.
 */
class TaggingTest {
    private final EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb();
    private String arn;

    @BeforeEach
    void createTable() {
        hashTable(dynamo, "tagged");
        arn = dynamo.describeTable(b -> b.tableName("tagged")).table().tableArn();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private void tagWith(Tag... tags) {
        dynamo.tagResource(b -> b.resourceArn(arn).tags(tags));
    }

    @Test
    void keysAndValuesKeepToTheirLengthsAndAlphabet() {
        tagWith(tag("k".repeat(128), "v".repeat(256)), tag("ключ café", "a+b-c=d.e_f:g/h@i"), tag("empty", ""));

        assertValidation("The Tag Key provided is invalid, Key: ", () -> tagWith(tag("", "v")));
        assertValidation("The Tag Key provided is invalid, Key: " + "k".repeat(129), () -> tagWith(tag("k".repeat(129), "v")));
        assertValidation("The Tag Value provided is invalid, Value: " + "v".repeat(257), () -> tagWith(tag("k", "v".repeat(257))));
        assertValidation("The Tag Key provided is invalid, Key: a,b", () -> tagWith(tag("a,b", "v")));
        assertValidation("The Tag Value provided is invalid, Value: 100%", () -> tagWith(tag("k", "100%")));
        assertValidation("Tag Key cannot be prefixed with aws:, Key: aws:team", () -> tagWith(tag("aws:team", "v")));
        assertValidation("Duplicate Tag Keys provided as input: Duplicate Tag Key found dup",
                () -> tagWith(tag("dup", "1"), tag("dup", "2")));
        assertEquals(3, dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags().size(), "all or nothing");
    }

    @Test
    void tagsMustBeGiven() {
        assertValidation("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must"
                + " not be null", () -> dynamo.tagResource(b -> b.resourceArn(arn)));
        assertValidation("Atleast one Tag needs to be provided as Input.", () -> tagWith());
        assertValidation("Atleast one Tag Key needs to be provided as Input.",
                () -> dynamo.untagResource(b -> b.resourceArn(arn).tagKeys(List.of())));
    }

    @Test
    void aTableCarriesAtMostFiftyTags() {
        tagWith(IntStream.range(0, 30).mapToObj(i -> tag("k" + i, "v")).toArray(Tag[]::new));

        assertValidation("Number of Tags exceed the current limit for the provided ResourceArn",
                () -> tagWith(IntStream.range(30, 51).mapToObj(i -> tag("k" + i, "v")).toArray(Tag[]::new)));
        assertEquals(30, dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags().size());
    }

    @Test
    void theResourceArnMustNameATable() {
        assertValidation("One or more parameter values were invalid: ARNs must start with 'arn:': tagged",
                () -> dynamo.listTagsOfResource(b -> b.resourceArn("tagged")));
        assertValidation("Invalid TableArn: Invalid ResourceArn provided as input " + arn + "/index/byStatus",
                () -> dynamo.tagResource(b -> b.resourceArn(arn + "/index/byStatus").tags(tag("k", "v"))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: ResourceArn: " + arn + "x not found",
                () -> dynamo.untagResource(b -> b.resourceArn(arn + "x").tagKeys("k")));
    }
}
