package dev.dynamoobjects.table;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated class of a {@code @SingleTable} interface ({@code ShopTable} for {@code Shop}): the
 * tables of its entity types, which share one physical table. What works on the whole table rather
 * than on one entity type takes it, such as the feed of every entity's changes or a copy of the table.
 *
 * <pre>{@code
 * ChangeFeed<Shop> feed = ChangeFeed.of(shop, streams);      // shop: a generated ShopTable
 * for (Table<? extends Shop> table : shop.entityTables()) {
 *     System.out.println(table.count());
 * }
 * }</pre>
 *
 * @param <E> the sealed interface of the entities
 */
public interface EntityTables<E> {
    /** Returns the table of each entity type, in the order of the sealed interface's {@code permits} clause. */
    List<Table<? extends E>> entityTables();

    /**
     * Returns the entity of an item of the table, decoded by the table of its type attribute's entity.
     *
     * @throws dev.dynamoobjects.mapping.EntityTypeException when the item holds none of the entity types
     */
    E toEntity(Map<String, AttributeValue> item);

    /** Returns the item of an entity, encoded by the table of its type (its keys, type attribute and attributes). */
    Map<String, AttributeValue> toItem(E entity);
}
