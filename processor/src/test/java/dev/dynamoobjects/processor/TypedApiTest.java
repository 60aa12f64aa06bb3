package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The promises of the typed API, checked against generated tables by compiling user code in
 * another package: correct calls compile, and each mistyped call fails on its own line.
 */
class TypedApiTest {
    private static final JavaFileObject PRODUCT = Compilations.source("Product", """
            @Record(table = "product")
            @GlobalIndex(name = "by-category", partitionKey = "category", sortKey = "price")
            @GlobalIndex(name = "by-brand", partitionKey = "brand", sortKey = "sku")
            @LocalIndex(name = "by-name", sortKey = "name")
            public interface Product {
                @Key String storeId();
                @SortKey String sku();
                String category();
                String brand();
                String name();
                long price();
                int stock();
                Set<String> tags();
                List<String> history();
            }
            """);
    private static final JavaFileObject COUNTER = Compilations.source("Counter", """
            @Record(table = "counter")
            public interface Counter {
                @Key long id();
                long hits();
            }
            """);
    private static final String USER_HEADER = """
            package user;
            import test.*;
            class UserCode {
                void run(ProductTable products, ProductMemoryTable memory, CounterTable counters, Product p) {
            """;

    @Test
    void correctUseCompiles() {
        Compilation compilation = Compilations.compile(PRODUCT, COUNTER, user("""
                products.query("s1", ProductTable.SKU.beginsWith("a")).list();
                products.queryByCategory("hats", ProductTable.PRICE.gt(5L)).count();
                products.save(p, ProductTable.CATEGORY.eq("x").and(ProductTable.STOCK.gt(3)));
                products.get("s1", "a");
                products.increment("s1", "a", ProductTable.PRICE, 1);
                products.update("s1", "a", ProductTable.TAGS.add("x"), ProductTable.HISTORY.append("y"));
                products.update("s1", "a", ProductTable.STOCK.gt(0), ProductTable.STOCK.add(-1));
                memory.preload("s1", java.util.List.of("a", "b"));
                counters.get(7L);
                counters.increment(7L, CounterTable.HITS, 1);
                dev.dynamoobjects.transaction.Transaction.begin(null).delete(products.keyOf("s1", "a"));
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void keysAreUsedWhereDynamoDbTakesThem() {
        Compilation compilation = Compilations.compile(PRODUCT, COUNTER, user("""
                products.query("s1", ProductTable.SKU.gt("a")).consistentRead().descending().list();
                products.queryByName("s1", ProductTable.NAME.beginsWith("H")).consistentRead().list();
                products.queryByName("s1", ProductTable.NAME.lt("H")).list();
                products.queryByCategory("hats", ProductTable.PRICE.gt(5L)).list();
                products.queryByBrand("acme", ProductTable.SKU.beginsWith("hat-")).list();
                products.query("s1").filter(ProductTable.PRICE.lt(9L).and(ProductTable.CATEGORY.eq("x"))).list();
                products.query("s1").filter(ProductTable.NAME.eq("Hat").or(ProductTable.STOCK.gt(1).not())).list();
                products.queryByCategory("hats").filter(ProductTable.STORE_ID.eq("s1").and(ProductTable.SKU.lt("b"))).list();
                products.queryByCategory("hats").filter(ProductTable.BRAND.eq("acme").or(ProductTable.NAME.beginsWith("H"))).list();
                products.queryByBrand("acme").filter(ProductTable.CATEGORY.eq("hats").and(ProductTable.PRICE.gt(1L).not())).list();
                products.query("s1").filter(ProductTable.CATEGORY.eq("hats").and(ProductTable.BRAND.ne("x"))).list();
                products.scan().filter(ProductTable.SKU.beginsWith("a").or(ProductTable.STORE_ID.in("s1", "s2"))).consistentRead().list();
                products.save(p, ProductTable.STORE_ID.notExists().and(ProductTable.SKU.notExists()));
                products.update("s1", "a", ProductTable.PRICE.add(1L), ProductTable.NAME.set("Hat"), ProductTable.BRAND.remove());
                dev.dynamoobjects.expression.KeyCondition<Product, ProductTable.SkuKey> skus = ProductTable.SKU.lt("m");
                products.query("s1", skus).list();
                products.queryByBrand("acme", skus).list();
                dev.dynamoobjects.expression.Filter<Product, dev.dynamoobjects.expression.AnyQuery> filter = ProductTable.STOCK.gt(1);
                dev.dynamoobjects.expression.Condition<Product> condition = ProductTable.SKU.eq("a");
                products.save(p, ProductTable.CATEGORY.eq("x").and(ProductTable.PRICE.gt(1L)).or(ProductTable.SKU.eq("a")));
                                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aLocalIndexQueryFiltersOnTheTableSortKey() {
        // DynamoDB takes it: a local index query's keys are the table's partition key and the index's sort key.
        Compilation compilation = Compilations.compile(PRODUCT, COUNTER, user("""
                products.queryByName("s1").filter(ProductTable.SKU.beginsWith("hat-")).consistentRead().list();
                products.queryByName("s1", ProductTable.NAME.gt("H")).filter(ProductTable.SKU.ne("a").and(ProductTable.STOCK.gt(0))).list();
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void combinedFiltersKeepTheMostRestrictiveMarker() {
        Compilation compilation = Compilations.compile(PRODUCT, COUNTER, user("""
                var cheap = ProductTable.STOCK.gt(0).and(ProductTable.PRICE.lt(9L));
                dev.dynamoobjects.expression.Filter<Product, ProductTable.PriceKey> typed = cheap.not();
                products.query("s1").filter(cheap).list();
                products.queryByBrand("acme").filter(typed.or(ProductTable.STOCK.eq(1))).list();
                var bySkuAndPrice = ProductTable.SKU.gt("a").and(ProductTable.PRICE.lt(9L));
                products.queryByName("s1").filter(bySkuAndPrice).list();
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # A sort-key condition on an attribute that is no sort key.
            products.query("s1", ProductTable.STOCK.gt(3));                          | incompatible types
            products.queryByCategory("hats", ProductTable.CATEGORY.eq("x"));         | incompatible types
            # A table without a sort key has no sort-key query.
            counters.query(7L, CounterTable.HITS.gt(3L));                            | method query in class test.CounterTable cannot be applied to given types
            # A String attribute compared with a number.
            products.save(p, ProductTable.CATEGORY.eq(5));                           | int cannot be converted to java.lang.String
            products.scan().filter(ProductTable.CATEGORY.lt(5));                     | int cannot be converted to java.lang.String
            # A key of the wrong type.
            products.get("s1", 5);                                                   | int cannot be converted to java.lang.String
            counters.find("seven");                                                  | java.lang.String cannot be converted to long
            memory.get(1, "a");                                                      | int cannot be converted to java.lang.String
            # begins_with exists on strings only.
            products.queryByCategory("hats", ProductTable.PRICE.beginsWith("1"));    | cannot find symbol
            # Counters are numbers; values and set elements have the attribute's type.
            products.increment("s1", "a", ProductTable.CATEGORY, 1);                 | incompatible types
            products.update("s1", "a", ProductTable.TAGS.add(5));                    | int cannot be converted to java.lang.String
            products.update("s1", "a", ProductTable.STOCK.set("many"));              | java.lang.String cannot be converted
            # Keys for transactions are typed like every other key; modify needs a @Version.
            products.keyOf("s1", 5);                                                 | int cannot be converted to java.lang.String
            products.modify("s1", "a", x -> x);                                      | cannot find symbol
            # The raw key-map operations are internal: a generated table shows only typed ones.
            products.get(java.util.Map.<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>of()); | method get in class test.ProductTable cannot be applied to given types
            products.queryGlobalIndex("by-category", null);                          | cannot find symbol
            """)
    void mistypedUseDoesNotCompile(String statement, String error) {
        assertUserError(statement, error);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # A sort-key condition goes to the queries of the table and indexes whose sort key it is on
            # (sku sorts the table and by-brand, price sorts by-category, name sorts the local index by-name).
            products.query("s1", ProductTable.PRICE.gt(5L));                       | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.SkuKey>
            products.query("s1", ProductTable.NAME.eq("Hat"));                     | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.SkuKey>
            products.queryByCategory("hats", ProductTable.SKU.gt("a"));            | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.PriceKey>
            products.queryByCategory("hats", ProductTable.NAME.gt("a"));           | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.PriceKey>
            products.queryByBrand("acme", ProductTable.PRICE.gt(1L));              | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.SkuKey>
            products.queryByName("s1", ProductTable.PRICE.gt(5L));                 | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.NameKey>
            products.queryByName("s1", ProductTable.SKU.beginsWith("a"));          | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.NameKey>
            products.queryByCategory("hats", ProductTable.CATEGORY.gt("a"));       | cannot be converted to dev.dynamoobjects.expression.KeyCondition<test.Product,test.ProductTable.PriceKey>
            # The table's keys have no update actions: DynamoDB refuses to update a key attribute.
            products.update("s1", "a", ProductTable.SKU.set("b"));                 | cannot find symbol
            products.update("s1", "a", ProductTable.SKU.setIfAbsent("b"));         | cannot find symbol
            products.update("s1", "a", ProductTable.STORE_ID.remove());            | cannot find symbol
            counters.update(7L, CounterTable.ID.add(1L));                          | cannot find symbol
            counters.increment(7L, CounterTable.ID, 1);                            | cannot be converted to dev.dynamoobjects.attribute.Incrementable
            # A global index is read eventually consistently only.
            products.queryByCategory("hats").consistentRead();                     | cannot find symbol
            products.queryByBrand("acme", ProductTable.SKU.gt("a")).consistentRead();  | cannot find symbol
            # A query may not filter on its own keys (a scan or a write condition may): the table query
            # on the table's keys, a local index query on the table's partition key and the index's sort key,
            # a global index query on the index's keys; alone, combined or negated.
            products.query("s1").filter(ProductTable.SKU.eq("a"));                 | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.TableQuery>
            products.query("s1").filter(ProductTable.STORE_ID.eq("s1"));           | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.TableQuery>
            products.query("s1").filter(ProductTable.SKU.beginsWith("a"));         | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.TableQuery>
            products.query("s1").filter(ProductTable.STOCK.gt(1).and(ProductTable.SKU.eq("a"))); | TableQuery
            products.query("s1").filter(ProductTable.SKU.eq("a").not());           | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.TableQuery>
            products.queryByName("s1").filter(ProductTable.STORE_ID.ne("s2"));     | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByNameQuery>
            products.queryByName("s1").filter(ProductTable.NAME.eq("Hat"));        | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByNameQuery>
            products.queryByCategory("hats").filter(ProductTable.CATEGORY.eq("x")); | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByCategoryQuery>
            products.queryByCategory("hats").filter(ProductTable.PRICE.gt(5L));    | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByCategoryQuery>
            products.queryByCategory("hats").filter(ProductTable.CATEGORY.exists()); | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByCategoryQuery>
            products.queryByBrand("acme").filter(ProductTable.SKU.beginsWith("a")); | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByBrandQuery>
            products.queryByBrand("acme").filter(ProductTable.BRAND.contains("c")); | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByBrandQuery>
            products.queryByBrand("acme", ProductTable.SKU.gt("a")).filter(ProductTable.BRAND.in("x", "y")); | cannot be converted to dev.dynamoobjects.expression.Filter<test.Product,? super test.ProductTable.ByBrandQuery>
            products.queryByCategory("hats").filter(ProductTable.STOCK.gt(1).and(ProductTable.PRICE.lt(9L))); | ByCategoryQuery
            products.queryByCategory("hats").filter(ProductTable.STOCK.gt(1).or(ProductTable.CATEGORY.ne("x").not())); | ByCategoryQuery
            products.queryByName("s1").filter(ProductTable.SKU.gt("a").and(ProductTable.NAME.lt("b")));  | ByNameQuery
            counters.query(7L).filter(CounterTable.ID.gt(3L));                     | cannot be converted to dev.dynamoobjects.expression.Filter<test.Counter,? super test.CounterTable.TableQuery>
            """)
    void keyMisuseDoesNotCompile(String statement, String error) {
        assertUserError(statement, error);
    }

    private static void assertUserError(String statement, String error) {
        String text = userText(statement + " // error\n");
        Compilations.assertUserError(JavaFileObjects.forSourceString("user.UserCode", text), text, error, PRODUCT, COUNTER);
    }

    private static JavaFileObject user(String statements) {
        return JavaFileObjects.forSourceString("user.UserCode", userText(statements));
    }

    private static String userText(String statements) {
        return USER_HEADER + statements.indent(8) + "    }\n}\n";
    }
}
