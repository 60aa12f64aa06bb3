/**
 * Upgrades of items stored with an older shape of their record: {@link dev.dynamoobjects.migration.Migrations}
 * holds the steps from one schema version to the next, applied on read.
 */
package dev.dynamoobjects.migration;
