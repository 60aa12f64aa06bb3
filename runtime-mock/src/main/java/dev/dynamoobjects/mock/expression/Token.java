package dev.dynamoobjects.mock.expression;

/** One token: its type and where it sits in the expression text. */
record Token(TokenType type, int start, int end) {
}
