package dev.dynamoobjects.internal.table;

import dev.dynamoobjects.memory.MemoryTable;
import dev.dynamoobjects.table.Table;
import java.util.Objects;
import java.util.function.Function;

/**
 * The way from generated code to a table's raw-key operations, which {@code Table} and
 * {@code MemoryTable} keep package-private. Each of the two installs its opener here when its class
 * is initialised, which happens before any table exists, so {@link #of} always finds it.
 */
public final class RawAccess {
    private static volatile Function<Table<?>, RawTable<?>> tables;
    private static volatile Function<MemoryTable<?>, RawMemoryTable<?>> memoryTables;

    private RawAccess() {
    }

    /** Called once, by {@code Table}'s static initialiser. */
    public static void installTables(Function<Table<?>, RawTable<?>> opener) {
        tables = installOnce(tables, opener);
    }

    /** Called once, by {@code MemoryTable}'s static initialiser. */
    public static void installMemoryTables(Function<MemoryTable<?>, RawMemoryTable<?>> opener) {
        memoryTables = installOnce(memoryTables, opener);
    }

    /** Returns the raw-key operations of a table. */
    @SuppressWarnings("unchecked")
    public static <R> RawTable<R> of(Table<R> table) {
        return (RawTable<R>) tables.apply(Objects.requireNonNull(table, "table"));
    }

    /** Returns the raw-key operations of a memory table. */
    @SuppressWarnings("unchecked")
    public static <R> RawMemoryTable<R> of(MemoryTable<R> table) {
        return (RawMemoryTable<R>) memoryTables.apply(Objects.requireNonNull(table, "table"));
    }

    private static <T> T installOnce(T installed, T opener) {
        if (installed != null) {
            throw new IllegalStateException("already installed");
        }
        return Objects.requireNonNull(opener, "opener");
    }
}
