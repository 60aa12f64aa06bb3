package dev.dynamoobjects.migration;

import dev.dynamoobjects.exception.ValidationException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The steps that upgrade stored items to a record's current schema version, declared with
 * {@code @SchemaVersion} on the record and given to its table. A step works on the raw attribute
 * map, from version N to N + 1; an item with no version attribute is version 0. Items are upgraded
 * as they are read, in memory; the upgraded record is written back with the current version the
 * next time it is saved. Immutable and thread-safe.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.builder()
 *         .step(0, item -> item.put("fullName", item.remove("name")))          // rename
 *         .step(1, item -> {                                                   // split
 *             String[] parts = item.remove("fullName").s().split(" ", 2);
 *             item.put("firstName", AttributeValue.fromS(parts[0]));
 *             item.put("lastName", AttributeValue.fromS(parts.length > 1 ? parts[1] : ""));
 *         })
 *         .build();
 * CustomerTable customers = new CustomerTable(db, migrations);
 * }</pre>
 */
public final class Migrations {
    private static final Migrations NONE = new Migrations(Map.of());

    private final Map<Integer, MigrationStep> steps;

    private Migrations(Map<Integer, MigrationStep> steps) {
        this.steps = Map.copyOf(steps);
    }

    /** Returns migrations with no step: items of an older version cannot be read. */
    public static Migrations none() {
        return NONE;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the item upgraded to {@code version.current()}: a new map with every step from the
     * stored version applied in order and the version attribute set; {@code item} itself when it
     * is current.
     *
     * @param table the physical table name, for errors
     * @param keyOf returns the key attributes of an item, for errors
     * @throws MigrationException when a step is missing or fails, or the item is newer
     */
    public Map<String, AttributeValue> upgrade(Map<String, AttributeValue> item, VersionStamp version,
            String table, Function<Map<String, AttributeValue>, Map<String, AttributeValue>> keyOf) {
        int stored = stored(item, version.attribute());
        if (stored == version.current()) {
            return item;
        }
        if (stored > version.current()) {
            throw new MigrationException("it was written by a newer version of the record; deploy that"
                    + " version here too", table, keyOf.apply(item), stored, version.current(), null);
        }
        Map<String, AttributeValue> upgraded = new HashMap<>(item);
        for (int from = stored; from < version.current(); from++) {
            apply(from, upgraded, item, version, table, keyOf);
        }
        upgraded.put(version.attribute(), AttributeValue.fromN(Integer.toString(version.current())));
        return upgraded;
    }

    private void apply(int from, Map<String, AttributeValue> upgraded, Map<String, AttributeValue> original,
            VersionStamp version, String table,
            Function<Map<String, AttributeValue>, Map<String, AttributeValue>> keyOf) {
        MigrationStep step = steps.get(from);
        if (step == null) {
            throw new MigrationException("no step from version " + from + " to " + (from + 1)
                    + " is registered; add Migrations.builder().step(" + from + ", item -> ...)",
                    table, keyOf.apply(original), stored(original, version.attribute()), version.current(), null);
        }
        try {
            step.apply(upgraded);
        } catch (Exception e) {
            throw new MigrationException("the step from version " + from + " to " + (from + 1) + " failed: " + e,
                    table, keyOf.apply(original), stored(original, version.attribute()), version.current(), e);
        }
    }

    private static int stored(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.n() == null ? 0 : new BigDecimal(value.n()).intValueExact();
    }

    /** Builds {@link Migrations}. */
    public static final class Builder {
        private final Map<Integer, MigrationStep> steps = new TreeMap<>();

        private Builder() {
        }

        /** Adds the step that upgrades items of version {@code from} to {@code from + 1}. */
        public Builder step(int from, MigrationStep step) {
            if (from < 0) {
                throw new ValidationException("A migration step starts at version 0 or later, not " + from);
            }
            if (steps.putIfAbsent(from, Objects.requireNonNull(step, "step")) != null) {
                throw new ValidationException("Two migration steps start at version " + from + "; keep one");
            }
            return this;
        }

        /** Returns the migrations. */
        public Migrations build() {
            return new Migrations(steps);
        }
    }
}
