package dev.dynamoobjects.example;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.attribute.Incrementable;
import dev.dynamoobjects.attribute.ListAttribute;
import dev.dynamoobjects.attribute.MapAttribute;
import dev.dynamoobjects.attribute.NumberAttribute;
import dev.dynamoobjects.attribute.NumberIndexKeyAttribute;
import dev.dynamoobjects.attribute.SetAttribute;
import dev.dynamoobjects.attribute.StringAttribute;
import dev.dynamoobjects.attribute.StringIndexKeyAttribute;
import dev.dynamoobjects.attribute.StringSortKeyAttribute;
import dev.dynamoobjects.attribute.StringTableKeyAttribute;
import dev.dynamoobjects.attribute.ValueAttribute;
import dev.dynamoobjects.expression.AnyQuery;
import dev.dynamoobjects.expression.Condition;
import dev.dynamoobjects.expression.KeyCondition;
import dev.dynamoobjects.expression.Update;
import dev.dynamoobjects.mapping.RecordMapper;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.GlobalIndexQuery;
import dev.dynamoobjects.table.ItemKey;
import dev.dynamoobjects.table.Query;
import dev.dynamoobjects.table.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table of {@link Product} records (DynamoDB table {@code product}, behind the database's
 * prefix). Its attribute constants build typed conditions, updates and projections.
 *
 * <pre>{@code
 * ProductTable products = new ProductTable(db);
 * products.save(product);
 * Product p = products.get("s1", "shoe-1");
 * products.query("s1", ProductTable.SKU.beginsWith("shoe-")).filter(ProductTable.STOCK.gt(0)).list();
 * products.update("s1", "shoe-1", ProductTable.STOCK.add(-1));
 * }</pre>
 */
@Generated("dev.dynamoobjects.processor.RecordProcessor")
public final class ProductTable extends Table<Product> {
    /** The table's keys, indexes and billing, as declared on {@link Product}. */
    public static final TableSchema SCHEMA = new TableSchema(
            "product",
            new KeyAttribute("storeId", ScalarType.S),
            new KeyAttribute("sku", ScalarType.S),
            List.of(
                    new IndexSchema("byCategory", true,
                            new KeyAttribute("category", ScalarType.S), new KeyAttribute("price", ScalarType.N),
                            Projection.ALL, List.of(), 0, 0),
                    new IndexSchema("byName", false,
                            new KeyAttribute("storeId", ScalarType.S), new KeyAttribute("name", ScalarType.S),
                            Projection.ALL, List.of(), 0, 0)),
            0, 0);

    /** The record's mapper. */
    public static final RecordMapper<Product> MAPPER = ProductMapper.INSTANCE;

    /** The name of the global index {@code byCategory}. */
    public static final String BY_CATEGORY = "byCategory";

    /** The name of the local index {@code byName}. */
    public static final String BY_NAME = "byName";

    /** {@code storeId}: the partition key. */
    public static final StringTableKeyAttribute<Product, StoreIdKey> STORE_ID = new StringTableKeyAttribute<>("storeId");

    /** {@code sku}: the sort key. */
    public static final StringSortKeyAttribute<Product, SkuKey> SKU = new StringSortKeyAttribute<>("sku");

    /** {@code name}: the sort key of index {@code byName}. */
    public static final StringIndexKeyAttribute<Product, NameKey> NAME = new StringIndexKeyAttribute<>("name");

    /** {@code category}: the partition key of index {@code byCategory}. */
    public static final StringIndexKeyAttribute<Product, CategoryKey> CATEGORY = new StringIndexKeyAttribute<>("category");

    /** {@code price}: the sort key of index {@code byCategory}. */
    public static final NumberIndexKeyAttribute<Product, Long, PriceKey> PRICE =
            new NumberIndexKeyAttribute<>("price", v -> AttributeValue.fromN(Long.toString(v)));

    /** {@code stock}. */
    public static final NumberAttribute<Product, Integer> STOCK = new NumberAttribute<>("stock");

    /** {@code tags}. */
    public static final SetAttribute<Product, String> TAGS = new SetAttribute<>("tags", ProductMapper::encodeTags);

    /** {@code history}. */
    public static final ListAttribute<Product, String> HISTORY =
            new ListAttribute<>("history", ProductMapper::encodeHistory);

    /** {@code dimensions}. */
    public static final MapAttribute<Product, Map<String, String>> DIMENSIONS =
            new MapAttribute<>("dimensions", ProductMapper::encodeDimensions);

    /** {@code active}. */
    public static final ValueAttribute<Product, Boolean> ACTIVE = new ValueAttribute<>("active", AttributeValue::fromBool);

    /** {@code status}. */
    public static final StringAttribute<Product> STATUS = new StringAttribute<>("status");

    /** Creates the table on a database; the table itself is created on first use if missing. */
    public ProductTable(DynamoDatabase database) {
        super(database, SCHEMA, MAPPER);
    }

    /**
     * Returns the product with this key.
     *
     * @throws dev.dynamoobjects.exception.RecordNotFoundException when there is none
     */
    public Product get(String storeId, String sku) {
        return get(key(storeId, sku));
    }

    /** Returns the product with this key, or empty. */
    public Optional<Product> find(String storeId, String sku) {
        return find(key(storeId, sku));
    }

    /** Returns the product with this key, or a new one with this key and the defaults. */
    public Product getOrDefault(String storeId, String sku) {
        return getOrDefault(key(storeId, sku));
    }

    /** Deletes the product with this key and returns it, or empty when there was none. */
    public Optional<Product> delete(String storeId, String sku) {
        return delete(key(storeId, sku));
    }

    /**
     * Deletes the product with this key if {@code condition} holds, and returns it.
     *
     * @throws dev.dynamoobjects.exception.ConditionFailedException when the condition is false
     */
    public Optional<Product> delete(String storeId, String sku, Condition<Product> condition) {
        return delete(key(storeId, sku), condition);
    }

    /** Applies the updates (creating the item when missing) and returns the product as stored. */
    @SafeVarargs
    public final Product update(String storeId, String sku, Update<Product>... updates) {
        return update(key(storeId, sku), List.of(updates));
    }

    /**
     * Applies the updates if {@code condition} holds, and returns the product as stored.
     *
     * @throws dev.dynamoobjects.exception.ConditionFailedException when the condition is false
     */
    @SafeVarargs
    public final Product update(String storeId, String sku, Condition<Product> condition,
            Update<Product>... updates) {
        return update(key(storeId, sku), List.of(updates), condition);
    }

    /** Adds {@code amount} to a number attribute atomically, without reading, and returns the new value. */
    public long increment(String storeId, String sku, Incrementable<Product> attribute, long amount) {
        return increment(key(storeId, sku), attribute, amount);
    }

    /** Returns a query of the products with this partition key, in {@code sku} order. */
    public Query<Product, TableQuery> query(String storeId) {
        return queryTable(STORE_ID.encode(storeId));
    }

    /** Returns a query of the products with this partition key and a condition on {@code sku}. */
    public Query<Product, TableQuery> query(String storeId, KeyCondition<Product, SkuKey> skuCondition) {
        return queryWithSortKey(STORE_ID.encode(storeId), skuCondition);
    }

    /** Returns a query of index {@code byCategory}, in {@code price} order. */
    public GlobalIndexQuery<Product, ByCategoryQuery> queryByCategory(String category) {
        return queryGlobalIndex(BY_CATEGORY, CATEGORY.encode(category));
    }

    /** Returns a query of index {@code byCategory} with a condition on {@code price}. */
    public GlobalIndexQuery<Product, ByCategoryQuery> queryByCategory(String category,
            KeyCondition<Product, PriceKey> priceCondition) {
        return queryGlobalIndex(BY_CATEGORY, CATEGORY.encode(category), priceCondition);
    }

    /** Returns a query of index {@code byName}, in {@code name} order. */
    public Query<Product, ByNameQuery> queryByName(String storeId) {
        return queryLocalIndex(BY_NAME, STORE_ID.encode(storeId));
    }

    /** Returns a query of index {@code byName} with a condition on {@code name}. */
    public Query<Product, ByNameQuery> queryByName(String storeId, KeyCondition<Product, NameKey> nameCondition) {
        return queryLocalIndex(BY_NAME, STORE_ID.encode(storeId), nameCondition);
    }

    /** Returns the typed key of the product with this key, for transactions. */
    public ItemKey<Product> keyOf(String storeId, String sku) {
        return itemKey(key(storeId, sku));
    }

    private Map<String, AttributeValue> key(String storeId, String sku) {
        return key(STORE_ID.encode(storeId), SKU.encode(sku));
    }

    /** Types the conditions on {@code storeId}, a key of {@code query} and {@code queryByName}. */
    public interface StoreIdKey extends AnyQuery {
    }

    /** Types the conditions on {@code sku}: the table's {@code query} takes them as key conditions. */
    public interface SkuKey extends AnyQuery {
    }

    /** Types the conditions on {@code category}, a key of {@code queryByCategory}. */
    public interface CategoryKey extends AnyQuery {
    }

    /** Types the conditions on {@code price}: {@code queryByCategory} takes them as key conditions. */
    public interface PriceKey extends AnyQuery {
    }

    /** Types the conditions on {@code name}: {@code queryByName} takes them as key conditions. */
    public interface NameKey extends AnyQuery {
    }

    /** Types the filters of {@code query}. */
    public interface TableQuery extends CategoryKey, PriceKey, NameKey {
    }

    /** Types the filters of {@code queryByCategory}. */
    public interface ByCategoryQuery extends StoreIdKey, SkuKey, NameKey {
    }

    /** Types the filters of {@code queryByName}. */
    public interface ByNameQuery extends SkuKey, CategoryKey, PriceKey {
    }
}
