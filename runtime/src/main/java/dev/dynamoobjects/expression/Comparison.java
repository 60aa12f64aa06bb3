package dev.dynamoobjects.expression;

/** The comparison operators of DynamoDB's condition expressions. */
public enum Comparison {
    /** Equal. */
    EQ("="),
    /** Not equal. */
    NE("<>"),
    /** Less than. */
    LT("<"),
    /** Less than or equal. */
    LE("<="),
    /** Greater than. */
    GT(">"),
    /** Greater than or equal. */
    GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** Returns the operator as written in an expression. */
    public String symbol() {
        return symbol;
    }
}
