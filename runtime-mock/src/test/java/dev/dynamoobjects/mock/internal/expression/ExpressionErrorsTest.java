package dev.dynamoobjects.mock.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The parse-time errors, one row per message, with DynamoDB's exact text (also checked against
 * DynamoDB Local by {@link DynamoDbLocalConformanceTest}).
 */
class ExpressionErrorsTest {
    private static final String VALUES = """
            {":s":{"S":"x"}, ":n":{"N":"1"}, ":hi":{"N":"5"}, ":t":{"BOOL":true}, ":l":{"L":[]},
             ":ss":{"SS":["a"]}, ":X":{"S":"X"}, ":m":{"M":{}}}""";

    private static String error(String kind, String expression) {
        ExpressionContext context = new ExpressionContext(Map.of("#n", "a"), Json.item(VALUES));
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> parse(context, kind, expression));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        return e.awsErrorDetails().errorMessage();
    }

    private static void parse(ExpressionContext context, String kind, String expression) {
        switch (kind) {
            case "condition" -> context.condition(expression);
            case "filter" -> context.condition(expression, ExpressionKind.FILTER);
            case "update" -> context.update(expression);
            case "projection" -> context.projection(expression);
            default -> context.keyCondition(expression,
                    KeySchema.of("id", ScalarAttributeType.S, "sk", ScalarAttributeType.N));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "condition | `a = ` | Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"= \"",
            "filter | a @ b | Invalid FilterExpression: Syntax error; token: \"@\", near: \"a @ b\"",
            "condition | a == :s | Invalid ConditionExpression: Syntax error; token: \"=\", near: \"== :s\"",
            "condition | `` | Invalid ConditionExpression: The expression can not be empty;",
            "condition | ((a = :s)) | Invalid ConditionExpression: The expression has redundant parentheses;",
            "condition | name = :s | Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name",
            "condition | #x = :s | Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #x",
            "condition | a = :x | Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :x",
            "condition | a = :x AND name = :s | Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name",
            "condition | a[99999999999] = :s | Invalid ConditionExpression: List index is not within the allowable range; index: [99999999999]",
            "condition | foo(a) | Invalid ConditionExpression: Invalid function name; function: foo",
            "condition | size(a) | Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size",
            "condition | a = attribute_exists(b) | Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists",
            "condition | if_not_exists(a, :s) | Invalid ConditionExpression: The function is not allowed in a condition expression; function: if_not_exists",
            "condition | attribute_exists(a, b) | Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
            "condition | attribute_exists(:s) | Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists",
            "condition | attribute_type(a, :X) | Invalid ConditionExpression: Invalid attribute type name found; type: X, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}",
            "condition | attribute_type(a, :n) | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
            "condition | a < :t | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: <, operand type: BOOL",
            "condition | begins_with(a, :n) | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "condition | size(:n) = :n | Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N",
            "condition | a = #n | Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]",
            "condition | a BETWEEN :hi AND :n | Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}",
            "condition | a BETWEEN :n AND :s | Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:x}",
            "condition | a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff.gg = :s | Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33",
            "update | SET a = :s + :n | Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S",
            "update | SET a = :n + :n + :n | Invalid UpdateExpression: Syntax error; token: \"+\", near: \":n + :n\"",
            "update | SET a = list_append(a, :n) | Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
            "update | SET a = if_not_exists(:s, b) | Invalid UpdateExpression: Operator or function requires a document path; operator or function: if_not_exists",
            "update | SET a = if_not_exists(b) | Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
            "update | SET a = size(b) | Invalid UpdateExpression: The function is not allowed in an update expression; function: size",
            "update | SET a = foo(b) | Invalid UpdateExpression: Invalid function name; function: foo",
            "update | ADD a :s | Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
            "update | ADD a :m | Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND",
            "update | DELETE a :n | Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
            "update | SET a = :s SET b = :s | Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;",
            "update | REMOVE a REMOVE b | Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update expression;",
            "update | SET a = :s REMOVE a.b | Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "update | SET a[1] = :s, a.b = :s | Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, b]",
            "update | SET a :s | Invalid UpdateExpression: Syntax error; token: \":s\", near: \"a :s\"",
            "projection | a, a | Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "projection | size(a) | Invalid ProjectionExpression: Syntax error; token: \"(\", near: \"size(a\"",
            "projection | a, | Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"",
            "key | id = :s OR sk = :n | Invalid operator used in KeyConditionExpression: OR",
            "key | NOT id = :s | Invalid operator used in KeyConditionExpression: NOT",
            "key | id = :s AND sk <> :n | Invalid operator used in KeyConditionExpression: <>",
            "key | id = :s AND sk IN (:n) | Invalid operator used in KeyConditionExpression: IN",
            "key | id = :s AND contains(sk, :n) | Invalid operator used in KeyConditionExpression: contains",
            "key | sk = :n | Query condition missed key schema element: id",
            "key | id = :s AND other = :n | Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: other",
            "key | id = :s AND zz = :n | Query condition missed key schema element: sk",
            "key | id = :s AND id = :s | KeyConditionExpressions must only contain one condition per key",
            "key | id = :s AND sk > :n AND zz = :n | Conditions can be of length 1 or 2 only",
            "key | begins_with(id, :s) | Query key condition not supported",
            "key | id = :n | One or more parameter values were invalid: Condition parameter type does not match schema type",
            "key | id = :s AND size(sk) > :n | KeyConditionExpressions cannot contain nested operations",
            "key | id.x = :s | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: id",
            "key | id = :s AND sk = sk | Invalid KeyConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [sk]",
    })
    void reportsDynamoDbsMessage(String kind, String expression, String message) {
        assertEquals(message, error(kind, expression));
    }
}
