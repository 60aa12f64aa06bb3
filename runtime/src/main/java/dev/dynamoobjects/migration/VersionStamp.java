package dev.dynamoobjects.migration;

import java.util.Objects;

/**
 * A record's current schema version and the attribute holding it in items, as declared by
 * {@code @SchemaVersion}; the processor generates one as {@code CustomerTable.SCHEMA_VERSION}. It
 * is the stamp every item written carries, named apart from the annotation
 * {@link dev.dynamoobjects.annotation.SchemaVersion} that declares it.
 *
 * @param attribute the attribute holding each item's version
 * @param current   the record's current version, from 1
 */
public record VersionStamp(String attribute, int current) {
    /** Checks the parts. */
    public VersionStamp {
        Objects.requireNonNull(attribute, "attribute");
        if (current < 1) {
            throw new IllegalArgumentException("A schema version starts at 1, not " + current);
        }
    }
}
