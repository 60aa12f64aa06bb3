package dev.dynamoobjects.mock.internal.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Adds up the capacity one request consumes, per table and index, and reports it in the shape
 * ReturnConsumedCapacity asks for: nothing for NONE, the table's total for TOTAL, and the split
 * between the table and each index for INDEXES.
 *
 * <pre>{@code
 * CapacityTally tally = new CapacityTally(request.returnConsumedCapacity());
 * tally.addTable("orders", CapacityUnits.write(item.size()));
 * response.consumedCapacity(tally.all());
 * }</pre>
 */
public final class CapacityTally {
    private final ReturnConsumedCapacity mode;
    private final boolean readUnits;
    private final Map<String, TableUnits> tables = new TreeMap<>();

    /** A tally for the given ReturnConsumedCapacity (null means NONE). */
    public CapacityTally(ReturnConsumedCapacity mode) {
        this(mode, false);
    }

    /**
     * A tally that also reports ReadCapacityUnits beside CapacityUnits, as DynamoDB (Local) does for
     * TransactGetItems.
     */
    public static CapacityTally withReadUnits(ReturnConsumedCapacity mode) {
        return new CapacityTally(mode, true);
    }

    private CapacityTally(ReturnConsumedCapacity mode, boolean readUnits) {
        this.mode = mode;
        this.readUnits = readUnits;
    }

    /** Returns true when the request asked for consumed capacity, so it is worth computing. */
    public boolean wanted() {
        return wanted(mode);
    }

    /** Returns true when a ReturnConsumedCapacity setting asks for consumed capacity. */
    public static boolean wanted(ReturnConsumedCapacity mode) {
        return mode == ReturnConsumedCapacity.TOTAL || mode == ReturnConsumedCapacity.INDEXES;
    }

    /** Adds units consumed on a table itself. */
    public void addTable(String table, double units) {
        tables.computeIfAbsent(table, name -> new TableUnits()).table += units;
    }

    /** Adds units consumed on one of a table's indexes. */
    public void addIndex(String table, String index, boolean global, double units) {
        TableUnits tableUnits = tables.computeIfAbsent(table, name -> new TableUnits());
        (global ? tableUnits.globalIndexes : tableUnits.localIndexes).merge(index, units, Double::sum);
    }

    /**
     * Adds what another tally-shaped answer reported (a single-item operation run on the request's
     * behalf, asked for INDEXES), multiplied by {@code factor} (2 inside a transaction).
     */
    public void add(ConsumedCapacity consumed, double factor) {
        if (consumed == null) {
            return;
        }
        String table = consumed.tableName();
        addTable(table, consumed.table() == null ? 0 : consumed.table().capacityUnits() * factor);
        consumed.globalSecondaryIndexes().forEach((index, c) -> addIndex(table, index, true, c.capacityUnits() * factor));
        consumed.localSecondaryIndexes().forEach((index, c) -> addIndex(table, index, false, c.capacityUnits() * factor));
    }

    /** Returns one entry per table in name order, or null when the request did not ask. */
    public List<ConsumedCapacity> all() {
        if (!wanted()) {
            return null;
        }
        List<ConsumedCapacity> all = new ArrayList<>();
        tables.forEach((name, units) -> all.add(describe(name, units)));
        return all;
    }

    /** Returns the entry of the one table a single-item request used, or null when it did not ask. */
    public ConsumedCapacity of(String table) {
        return wanted() ? describe(table, tables.getOrDefault(table, new TableUnits())) : null;
    }

    private ConsumedCapacity describe(String table, TableUnits units) {
        double total = units.total();
        ConsumedCapacity.Builder builder = ConsumedCapacity.builder().tableName(table).capacityUnits(total);
        if (readUnits) {
            builder.readCapacityUnits(total);
        }
        if (mode == ReturnConsumedCapacity.INDEXES) {
            builder.table(Capacity.builder().capacityUnits(units.table).build());
            if (!units.globalIndexes.isEmpty()) {
                builder.globalSecondaryIndexes(capacities(units.globalIndexes));
            }
            if (!units.localIndexes.isEmpty()) {
                builder.localSecondaryIndexes(capacities(units.localIndexes));
            }
        }
        return builder.build();
    }

    private static Map<String, Capacity> capacities(Map<String, Double> units) {
        Map<String, Capacity> capacities = new TreeMap<>();
        units.forEach((index, value) -> capacities.put(index, Capacity.builder().capacityUnits(value).build()));
        return capacities;
    }

    private static final class TableUnits {
        double table;
        final Map<String, Double> globalIndexes = new TreeMap<>();
        final Map<String, Double> localIndexes = new TreeMap<>();

        double total() {
            return table + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum()
                    + localIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }
}
