package dev.dynamoobjects.sample;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.List;
import java.util.Optional;

/**
 * The inventory of a chain of stores: what the application does, on generated tables.
 *
 * <pre>{@code
 * Inventory inventory = new Inventory(db);
 * inventory.openStore("lyon-1", "Presqu'île", "Lyon");
 * inventory.sell("lyon-1", "hat-red", 1);
 * }</pre>
 */
public final class Inventory {
    private final StoreTable stores;
    private final ProductTable products;

    /** Creates the inventory on a database; its tables are created on first use. */
    public Inventory(DynamoDatabase db) {
        this.stores = new StoreTable(db);
        this.products = new ProductTable(db);
    }

    /** One line of a till's report: a quantity of a product sold. */
    public record Sale(String sku, int quantity) {
    }

    /** Opens a store, with no visits yet. */
    public Store openStore(String storeId, String name, String city) {
        Store store = ImmutableStore.builder().storeId(storeId).name(name).city(city).build();
        stores.save(store);
        return store;
    }

    /** Puts a product on the shelves of its store (replacing what was there under its SKU). */
    public void stock(Product product) {
        products.save(product);
    }

    /** Returns a product. */
    public Product product(String storeId, String sku) {
        return products.get(storeId, sku);
    }

    /** Returns the products of a store, by SKU. */
    public List<Product> catalog(String storeId) {
        return products.query(storeId).list();
    }

    /** Returns the products of a store whose SKU starts with a prefix: a sort-key condition. */
    public List<Product> productLine(String storeId, String skuPrefix) {
        return products.query(storeId, ProductTable.SKU.beginsWith(skuPrefix)).list();
    }

    /** Returns the products of a category cheaper than a price in any store, cheapest first: the index. */
    public List<Product> cheaperThan(String category, long priceCents) {
        return products.queryByCategory(category, ProductTable.PRICE_CENTS.lt(priceCents)).list();
    }

    /**
     * Sells a quantity of a product in one atomic, conditional update: only when that many are in stock.
     *
     * @throws ConditionFailedException when the stock is short (or the product unknown); nothing changes
     */
    public Product sell(String storeId, String sku, int quantity) {
        return products.update(storeId, sku, ProductTable.STOCK.ge(quantity),
                ProductTable.STOCK.add(-quantity), ProductTable.SOLD.add((long) quantity));
    }

    /** Counts a customer's visit and returns the store's new count, in one request and without reading. */
    public long visit(String storeId) {
        return stores.increment(storeId, StoreTable.VISITS, 1);
    }

    /**
     * Applies a till's report of many small sales, as a batch job on a memory table: each product is
     * read once (in batches), changed in memory as often as it appears, and written back once.
     *
     * @return how many products were written
     */
    public int applySales(String storeId, List<Sale> sales) {
        try (ProductMemoryTable memory = new ProductMemoryTable(products)) {
            memory.preload(storeId, sales.stream().map(Sale::sku).distinct().toList());
            for (Sale sale : sales) {
                memory.find(storeId, sale.sku()).ifPresent(product -> memory.save(ImmutableProduct.copyOf(product)
                        .withStock(Math.max(0, product.stock() - sale.quantity()))
                        .withSold(product.sold() + sale.quantity())));
            }
            return memory.flush();
        }
    }

    /** Takes a product off the shelves and returns it as it was, or empty when there was none. */
    public Optional<Product> discontinue(String storeId, String sku) {
        return products.delete(storeId, sku);
    }
}
