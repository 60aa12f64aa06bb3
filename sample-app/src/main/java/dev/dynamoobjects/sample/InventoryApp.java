package dev.dynamoobjects.sample;

import dev.dynamoobjects.exception.ConditionFailedException;
import dev.dynamoobjects.mock.EmbeddedDynamoDb;
import dev.dynamoobjects.table.DynamoDatabase;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a day of the inventory and prints what it does. By default on the embedded in-memory
 * DynamoDB, with the table prefix {@value #PREFIX}; with {@code DYNAMO_OBJECTS_ENDPOINT} set, on
 * that endpoint as {@link DynamoDatabase#fromEnvironment()} describes (set
 * {@code DYNAMO_OBJECTS_TABLE_PREFIX} there too).
 *
 * <pre>{@code
 * mvn -B -ntp -DskipTests -Psample verify
 * }</pre>
 */
public final class InventoryApp {
    /** The table prefix on the embedded engine: the tables are {@code sample_store} and {@code sample_product}. */
    public static final String PREFIX = "sample_";

    private InventoryApp() {
    }

    /** Runs the app. */
    public static void main(String[] args) {
        try (DynamoDatabase db = open()) {
            run(db, System.out);
        }
    }

    /** Returns the database the app runs on: the environment's endpoint, or the embedded engine. */
    static DynamoDatabase open() {
        if (System.getenv("DYNAMO_OBJECTS_ENDPOINT") != null) {
            return DynamoDatabase.fromEnvironment();
        }
        return DynamoDatabase.builder().client(new EmbeddedDynamoDb()).tablePrefix(PREFIX).build();
    }

    /** Runs a day of the inventory on {@code db}, printing each step to {@code out}. */
    public static void run(DynamoDatabase db, PrintStream out) {
        Inventory inventory = new Inventory(db);
        out.println("Tables are created on first use, with the prefix '" + db.tablePrefix() + "'.");

        inventory.openStore("lyon-1", "Presqu'île", "Lyon");
        inventory.openStore("paris-1", "Marais", "Paris");
        inventory.stock(product("lyon-1", "hat-red", "Red hat", "hats", 1500, 3));
        inventory.stock(product("lyon-1", "hat-blue", "Blue hat", "hats", 2500, 1));
        inventory.stock(product("lyon-1", "scarf-wool", "Wool scarf", "scarves", 3000, 10));
        inventory.stock(product("paris-1", "hat-straw", "Straw hat", "hats", 1200, 5));
        out.println("Opened 2 stores and stocked 4 products.");

        out.println("Lyon catalog: " + names(inventory.catalog("lyon-1")));
        out.println("Lyon hats (SKU begins with 'hat-'): " + names(inventory.productLine("lyon-1", "hat-")));
        out.println("Hats under 20.00 in any store (index by-category): " + names(inventory.cheaperThan("hats", 2000)));

        Product sold = inventory.sell("lyon-1", "hat-blue", 1);
        out.println("Sold 1 Blue hat: " + sold.stock() + " left, " + sold.sold() + " sold.");
        try {
            inventory.sell("lyon-1", "hat-blue", 1);
        } catch (ConditionFailedException e) {
            out.println("Refused to sell another Blue hat, out of stock: " + e.getMessage());
        }

        for (int i = 0; i < 3; i++) {
            inventory.visit("lyon-1");
        }
        out.println("Lyon visits counted without reading: " + inventory.visit("lyon-1"));

        List<Inventory.Sale> till = List.of(new Inventory.Sale("hat-red", 1), new Inventory.Sale("scarf-wool", 2),
                new Inventory.Sale("hat-red", 1), new Inventory.Sale("scarf-wool", 3));
        int written = inventory.applySales("lyon-1", till);
        out.println("Applied " + till.size() + " till lines in memory, wrote " + written + " products back: "
                + stockLine(inventory.catalog("lyon-1")));

        inventory.discontinue("paris-1", "hat-straw")
                .ifPresent(p -> out.println("Discontinued " + p.name() + " in Paris; Paris catalog now: "
                        + names(inventory.catalog("paris-1"))));
    }

    private static Product product(String storeId, String sku, String name, String category, long priceCents,
                                   int stock) {
        return ImmutableProduct.builder().storeId(storeId).sku(sku).name(name).category(category)
                .priceCents(priceCents).stock(stock).build();
    }

    private static String names(List<Product> products) {
        return products.stream().map(Product::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String stockLine(List<Product> products) {
        return products.stream().map(p -> p.name() + " " + p.stock() + " in stock, " + p.sold() + " sold")
                .collect(Collectors.joining("; "));
    }
}
