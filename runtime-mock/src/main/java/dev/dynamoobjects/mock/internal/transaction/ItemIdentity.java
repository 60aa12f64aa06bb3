package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.table.PrimaryKey;

/** One item of one table, to find two operations on the same item. */
record ItemIdentity(String table, PrimaryKey key) {
    // Written out for the reason PrimaryKey gives.
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemIdentity that && table.equals(that.table) && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return 31 * table.hashCode() + key.hashCode();
    }
}
