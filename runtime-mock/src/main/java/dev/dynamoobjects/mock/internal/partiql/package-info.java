/**
 * Not API: PartiQL for the embedded engine (ExecuteStatement, BatchExecuteStatement,
 * ExecuteTransaction). A front end only: a statement is lexed, parsed and translated into the
 * request the expression API would make (Query, Scan, PutItem, UpdateItem, DeleteItem,
 * TransactWriteItems, TransactGetItems), which the engine's own operations then run.
 */
package dev.dynamoobjects.mock.internal.partiql;
