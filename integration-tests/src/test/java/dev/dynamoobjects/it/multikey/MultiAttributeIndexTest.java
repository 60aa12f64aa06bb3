package dev.dynamoobjects.it.multikey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import dev.dynamoobjects.table.Read;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The generated queries of an index with a multi-attribute key reach DynamoDB's rules: every
 * partition attribute, then sort attributes left to right, each typed; the table is created with
 * the index's whole key schema.
 */
@DynamoTest
class MultiAttributeIndexTest {
    DynamoDbClient dynamo;
    ShopTable shops;

    @BeforeEach
    void open() {
        shops = new ShopTable(DynamoDatabase.of(dynamo));
        shops.save(shop("s1", "FR", "ARA", "Lyon", 69003));
        shops.save(shop("s2", "FR", "ARA", "Lyon", 69001));
        shops.save(shop("s3", "FR", "ARA", "Annecy", 74000));
        shops.save(shop("s4", "FR", "ARA", "Lyon", 9));
        shops.save(shop("s5", "FR", "IDF", "Paris", 75001));
    }

    private static Shop shop(String id, String country, String region, String city, int zip) {
        return ImmutableShop.builder().shopId(id).name("Shop " + id).country(country).region(region).city(city)
                .zip(zip).build();
    }

    private static List<String> ids(Read<Shop, ?> read) {
        return read.list().stream().map(Shop::shopId).toList();
    }

    @Test
    void everyPartitionAttributeInCityThenZipOrder() {
        // zip is a number: 9 before 69001.
        assertEquals(List.of("s3", "s4", "s2", "s1"), ids(shops.queryByPlace("FR", "ARA")));
        assertEquals(List.of("s5"), ids(shops.queryByPlace("FR", "IDF")));
        assertEquals(List.of("s1", "s2", "s4", "s3"), ids(shops.queryByPlace("FR", "ARA").descending()));
    }

    @Test
    void theReadmeQueries() {
        // snippet: multikey-queries
        List<Shop> region = shops.queryByPlace("FR", "ARA").list();              // every partition attribute, typed
        List<Shop> ly = shops.queryByPlace("FR", "ARA", ShopTable.CITY.beginsWith("Ly")).list();  // the first sort attribute
        List<Shop> lyon = shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.between(69001, 69009)).list(); // then the next
        // end snippet
        assertEquals(List.of(4, 3, 2), List.of(region.size(), ly.size(), lyon.size()));
    }

    @Test
    void sortConditionsLeftToRight() {
        assertEquals(List.of("s4", "s2", "s1"), ids(shops.queryByPlace("FR", "ARA", ShopTable.CITY.eq("Lyon"))));
        assertEquals(List.of("s3"), ids(shops.queryByPlace("FR", "ARA", ShopTable.CITY.beginsWith("An"))));
        assertEquals(List.of("s2", "s1"),
                ids(shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.between(10, 69999))));
        assertEquals(List.of("s4"), ids(shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.lt(69001))));
        assertEquals(2, shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.ge(69001)).count());
    }

    @Test
    void pagesAndFiltersKeepTheKey() {
        assertEquals(List.of("s3", "s4", "s2", "s1"), ids(shops.queryByPlace("FR", "ARA").pageSize(1)));
        assertEquals(List.of("s2"), ids(shops.queryByPlace("FR", "ARA").filter(ShopTable.SHOP_ID.eq("s2"))));
    }

    @Test
    void writesKeepTheIndex() {
        shops.save(shop("s2", "FR", "IDF", "Paris", 75002));
        shops.delete("s4");
        assertEquals(List.of("s3", "s1"), ids(shops.queryByPlace("FR", "ARA")));
        assertEquals(List.of("s5", "s2"), ids(shops.queryByPlace("FR", "IDF", "Paris", ShopTable.ZIP.ge(75000))));
        assertEquals(List.of(), ids(shops.queryByName("Shop s4")));
    }
}
