/**
 * Transactions over any mix of tables and record types: {@link dev.dynamoobjects.transaction.Transaction}
 * writes several items all or nothing ({@code TransactWriteItems}), with nested scopes bound to the
 * current thread; {@link dev.dynamoobjects.transaction.ReadTransaction} reads several items as of one
 * moment ({@code TransactGetItems}).
 */
package dev.dynamoobjects.transaction;
