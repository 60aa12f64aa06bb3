/**
 * Memory tables: {@link dev.dynamoobjects.memory.MemoryTable}, the base of the generated
 * {@code StoreMemoryTable}, reads each key once and writes changed records back in batches.
 *
 * <pre>{@code
 * try (StoreMemoryTable stores = new StoreMemoryTable(new StoreTable(db))) {
 *     stores.preload(storeIds);
 *     ...
 * }
 * }</pre>
 */
package dev.dynamoobjects.memory;
