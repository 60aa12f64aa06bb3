/**
 * Typed conditions, key conditions and update actions, built from the attribute constants of a
 * generated table class and rendered to DynamoDB expressions whose names and values are always
 * placeholders ({@code #a0}, {@code :v0}), so reserved words such as {@code name} just work.
 *
 * <pre>{@code
 * Condition<Product> inStock = ProductTable.STOCK.gt(0).and(ProductTable.STATUS.ne("GONE"));
 * Update<Product> sell = ProductTable.STOCK.add(-1);
 * }</pre>
 */
package dev.dynamoobjects.expression;
