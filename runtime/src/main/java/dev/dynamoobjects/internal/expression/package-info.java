/**
 * Not API: the condition and update factories by raw attribute name and encoded value, which the
 * attribute constants and the runtime's writes call; it may change without notice. Build conditions
 * and updates from the generated attribute constants ({@code StoreTable.NAME.eq("x")}) instead.
 */
package dev.dynamoobjects.internal.expression;
