package dev.dynamoobjects.internal.expression;

/** The clauses of an update expression, in the order they are written. */
public enum UpdateClause { SET, REMOVE, ADD, DELETE }
