package dev.dynamoobjects.tools;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import java.util.List;

/**
 * Table schemas for the admin and throughput tests, which need tables but no records: a provisioned
 * table with a global index of its own capacity, and an on-demand table with a global and a local index.
 */
public final class ProvisionedTables {
    public static final TableSchema ORDERS = new TableSchema("orders",
            new KeyAttribute("orderId", ScalarType.S), null,
            List.of(new IndexSchema("byCustomer", true, new KeyAttribute("customerId", ScalarType.S), null,
                    Projection.KEYS_ONLY, List.of(), 3, 2)),
            5, 4);

    public static final TableSchema ON_DEMAND_PRODUCTS = new TableSchema("product",
            new KeyAttribute("storeId", ScalarType.S), new KeyAttribute("sku", ScalarType.S),
            List.of(new IndexSchema("byCategory", true,
                            new KeyAttribute("category", ScalarType.S), new KeyAttribute("price", ScalarType.N),
                            Projection.ALL, List.of(), 0, 0),
                    new IndexSchema("byName", false,
                            new KeyAttribute("storeId", ScalarType.S), new KeyAttribute("name", ScalarType.S),
                            Projection.ALL, List.of(), 0, 0)),
            0, 0);

    private ProvisionedTables() {
    }
}
