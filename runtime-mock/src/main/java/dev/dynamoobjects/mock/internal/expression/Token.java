package dev.dynamoobjects.mock.internal.expression;

/** One token: its type and where it sits in the expression text. */
record Token(TokenType type, int start, int end) {
}
