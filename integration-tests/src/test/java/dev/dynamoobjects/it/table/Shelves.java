package dev.dynamoobjects.it.table;

import java.util.Set;

/** Test data. */
final class Shelves {
    private Shelves() {
    }

    /** A hat in store s1 with sku {@code hat-<n>}, named {@code Hat <n>}, priced 10 * n. */
    static ImmutableShelf hat(int n) {
        return ImmutableShelf.builder().storeId("s1").sku("hat-" + n).name("Hat " + n).category("hats")
                .price(10L * n).stock(n).tags(Set.of("new")).build();
    }

    /** Saves hats 1 to 5 and a shoe in store s1, and a hat in store s2. */
    static void stock(ShelfTable shelves) {
        for (int n = 1; n <= 5; n++) {
            shelves.save(hat(n));
        }
        shelves.save(hat(9).withSku("shoe-1").withName("Shoe").withCategory("shoes"));
        shelves.save(hat(6).withStoreId("s2"));
    }
}
