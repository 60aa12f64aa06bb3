package dev.dynamoobjects.it.example;

import java.util.Map;
import java.util.Set;

/** Test data, shared by the tests of every package. */
public final class Products {
    private Products() {
    }

    public static ImmutableProduct product(String storeId, String sku) {
        return ImmutableProduct.builder()
                .storeId(storeId).sku(sku).name("Product " + sku).category("shoes")
                .price(100).stock(5).tags(Set.of("new")).dimensions(Map.of("w", "10"))
                .active(true).build();
    }
}
