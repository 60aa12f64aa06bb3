package dev.dynamoobjects.mock.internal.expression;

/**
 * Which request parameter an expression came from. DynamoDB names the parameter in its error
 * messages ({@code Invalid FilterExpression: ...}), and FilterExpression and ConditionExpression
 * share one grammar, so the caller says which one it is passing.
 */
public enum ExpressionKind {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    UPDATE("UpdateExpression"),
    PROJECTION("ProjectionExpression");

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    /** The request parameter's name, as DynamoDB spells it in messages. */
    public String parameter() {
        return parameter;
    }
}
