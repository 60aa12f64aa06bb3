package dev.dynamoobjects.tools;

import dev.dynamoobjects.annotation.Projection;
import dev.dynamoobjects.schema.IndexSchema;
import dev.dynamoobjects.schema.KeyAttribute;
import dev.dynamoobjects.schema.ScalarType;
import dev.dynamoobjects.schema.TableSchema;
import java.util.List;

/** A provisioned table with a global index of its own capacity, for throughput tests. */
public final class ProvisionedTables {
    public static final TableSchema ORDERS = new TableSchema("orders",
            new KeyAttribute("orderId", ScalarType.S), null,
            List.of(new IndexSchema("byCustomer", true, new KeyAttribute("customerId", ScalarType.S), null,
                    Projection.KEYS_ONLY, List.of(), 3, 2)),
            5, 4);

    private ProvisionedTables() {
    }
}
