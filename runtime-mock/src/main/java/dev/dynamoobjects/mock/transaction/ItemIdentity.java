package dev.dynamoobjects.mock.transaction;

import dev.dynamoobjects.mock.table.PrimaryKey;

/** One item of one table, to find two operations on the same item. */
record ItemIdentity(String table, PrimaryKey key) {
}
