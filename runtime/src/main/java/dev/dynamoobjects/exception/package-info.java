/**
 * The runtime's unchecked exceptions, rooted at
 * {@link dev.dynamoobjects.exception.DynamoObjectsException}; each names the table and, for
 * single-item requests, the key, and keeps the SDK's exception as its cause.
 *
 * <pre>{@code
 * try {
 *     products.update("s1", "shoe-1", ProductTable.STOCK.gt(0), ProductTable.STOCK.add(-1));
 * } catch (ConditionFailedException soldOut) {
 *     ...
 * }
 * }</pre>
 */
package dev.dynamoobjects.exception;
