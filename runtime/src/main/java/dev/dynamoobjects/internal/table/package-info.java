/**
 * Not API: what generated tables and memory tables call to reach the operations by raw key map,
 * and the write rules shared by tables and transactions; it may change without notice. Use the
 * generated classes' typed methods and {@link dev.dynamoobjects.table.ItemKey} instead.
 */
package dev.dynamoobjects.internal.table;
