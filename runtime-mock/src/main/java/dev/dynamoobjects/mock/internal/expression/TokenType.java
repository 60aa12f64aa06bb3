package dev.dynamoobjects.mock.internal.expression;

/** The tokens of DynamoDB's expression grammar. */
enum TokenType {
    NAME, NAME_REF, VALUE_REF, INDEX,
    AND, OR, NOT, BETWEEN, IN, SET, REMOVE, ADD, DELETE,
    EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
    COMMA, DOT, LPAREN, RPAREN, LBRACKET, RBRACKET,
    UNKNOWN, EOF;

    boolean isComparator() {
        return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }
}
