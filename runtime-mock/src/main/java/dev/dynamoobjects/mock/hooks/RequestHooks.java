package dev.dynamoobjects.mock.hooks;

import dev.dynamoobjects.mock.faults.Faults;
import dev.dynamoobjects.mock.metrics.RequestCounts;
import dev.dynamoobjects.mock.internal.table.Catalog;
import dev.dynamoobjects.mock.internal.ttl.TtlSweeper;
import java.time.Clock;
import java.util.Collection;

/**
 * What the engine does on every request before running it: count it, throttle it when a fault rule
 * says so, and delete the expired items of the tables it names once any table has TTL enabled.
 * Engine-internal.
 */
public final class RequestHooks {
    private final RequestCounts counts = new RequestCounts();
    private final Faults faults = new Faults();
    private final Clock clock;
    private volatile boolean ttlInUse;

    public RequestHooks(Clock clock) {
        this.clock = clock;
    }

    public Faults faults() {
        return faults;
    }

    public RequestCounts counts() {
        return counts;
    }

    /** Counts the request, per table too, and throws the throttling error a fault rule calls for. */
    public void beforeRequest(String operation, Collection<String> tables) {
        counts.recordRequest(operation);
        for (String table : tables) {
            counts.recordTable(operation, table);
        }
        if (tables.isEmpty()) {
            faults.throttleIfStruck(operation, null);
        }
        for (String table : tables) {
            faults.throttleIfStruck(operation, table);
        }
    }

    /** Notes that a table has TTL enabled: requests sweep expired items from now on. */
    public void ttlEnabled() {
        ttlInUse = true;
    }

    /** Returns true when requests must sweep expired items first (so the engine takes its write lock). */
    public boolean sweepsExpiredItems() {
        return ttlInUse;
    }

    /** Deletes the expired items of the named tables that exist; the caller holds the write lock. */
    public void sweep(Catalog catalog, Collection<String> tables) {
        for (String name : tables) {
            if (name != null && catalog.exists(name)) {
                TtlSweeper.sweep(catalog.table(name), clock.instant());
            }
        }
    }
}
