package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynamoobjects.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Global indexes with multi-attribute keys: the generated query takes every partition attribute
 * typed, then sort attributes left to right (typed equalities, then a condition typed by the next
 * attribute's marker), so only DynamoDB's order compiles; and each declaration DynamoDB refuses is
 * a compile error on its line.
 */
class MultiAttributeIndexTest {
    private static final JavaFileObject SHOP = Compilations.source("Shop", """
            @Record(table = "shop")
            @GlobalIndex(name = "byPlace", partitionKey = {"country", "region"}, sortKey = {"city", "zip"})
            public interface Shop {
                @Key String shopId();
                String country();
                String region();
                String city();
                int zip();
            }
            """);
    private static final String USER_HEADER = """
            package user;
            import test.*;
            class UserCode {
                void run(ShopTable shops) {
            """;

    @Test
    void everyPartitionAttributeThenSortAttributesLeftToRightCompile() {
        Compilation compilation = Compilations.compile(SHOP, user("""
                shops.queryByPlace("FR", "ARA").list();
                shops.queryByPlace("FR", "ARA", ShopTable.CITY.beginsWith("Ly")).descending().list();
                shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.between(69001, 69009)).list();
                shops.queryByPlace("FR", "ARA", "Lyon", ShopTable.ZIP.eq(69003)).count();
                shops.queryByPlace("FR", "ARA").filter(ShopTable.SHOP_ID.eq("s1")).list();
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # Every partition attribute is required.
            shops.queryByPlace("FR").list();                                          | no suitable method found for queryByPlace(java.lang.String)
            # A condition on zip needs an equality on city before it.
            shops.queryByPlace("FR", "ARA", ShopTable.ZIP.gt(1)).list();              | incompatible types
            # Each attribute keeps its type.
            shops.queryByPlace("FR", "ARA", 5, ShopTable.ZIP.gt(1)).list();           | int cannot be converted to java.lang.String
            # DynamoDB refuses a filter on the index's own keys.
            shops.queryByPlace("FR", "ARA").filter(ShopTable.REGION.eq("x"));         | ByPlaceQuery
            """)
    void otherOrdersAndTypesDoNotCompile(String statement, String error) {
        String text = userText(statement + " // error\n");
        Compilations.assertUserError(JavaFileObjects.forSourceString("user.UserCode", text), text, error, SHOP);
    }

    @Test
    void atMostFourPartitionAttributes() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byAll", partitionKey = {"a", "b", "c", "d", "e"}) // error
                public interface Bad {
                    @Key String id();
                    String a(); String b(); String c(); String d(); String e();
                }
                """, Message.INDEX_TOO_MANY_KEY_ATTRIBUTES.format("byAll", 5, "partitionKey", 4));
    }

    @Test
    void atMostFourSortAttributes() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byAll", partitionKey = "a", sortKey = {"b", "c", "d", "e", "f"}) // error
                public interface Bad {
                    @Key String id();
                    String a(); String b(); String c(); String d(); String e(); String f();
                }
                """, Message.INDEX_TOO_MANY_KEY_ATTRIBUTES.format("byAll", 5, "sortKey", 4));
    }

    @Test
    void anUnknownAttributeInAMultiAttributeKey() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byPlace", partitionKey = {"country", "regoin"}) // error
                public interface Bad {
                    @Key String id();
                    String country();
                    String region();
                }
                """, Message.INDEX_UNKNOWN_ATTRIBUTE.format("byPlace", "regoin", "Bad", "id, country, region"));
    }

    @Test
    void aNonScalarAttributeInAMultiAttributeKey() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byPlace", partitionKey = "country", sortKey = {"city", "tags"}) // error
                public interface Bad {
                    @Key String id();
                    String country();
                    String city();
                    List<String> tags();
                }
                """, Message.INDEX_KEY_TYPE.format("byPlace", "tags", "java.util.List<java.lang.String>"));
    }

    @Test
    void anAttributeTwiceInOneKey() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byPlace", partitionKey = {"country", "country"}) // error
                public interface Bad {
                    @Key String id();
                    String country();
                }
                """, Message.INDEX_REPEATED_KEY_ATTRIBUTE.format("byPlace", "country"));
    }

    @Test
    void aLocalIndexWithSeveralSortAttributes() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "byPlace", sortKey = {"city", "zip"}) // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                    String city();
                    int zip();
                }
                """, Message.LOCAL_INDEX_MULTI_ATTRIBUTE_KEY.format("byPlace", 2));
    }

    @Test
    void aGlobalIndexWithoutPartitionAttributes() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byNothing", partitionKey = {}) // error
                public interface Bad {
                    @Key String id();
                }
                """, Message.INDEX_NO_PARTITION_KEY.format("byNothing"));
    }

    private static JavaFileObject user(String statements) {
        return JavaFileObjects.forSourceString("user.UserCode", userText(statements));
    }

    private static String userText(String statements) {
        return USER_HEADER + statements.indent(8) + "    }\n}\n";
    }
}
