package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The typed API of entity tables, checked by compiling user code in another package: correct calls
 * compile, and each misuse fails on its own line.
 */
class SingleTableApiTest {
    private static final JavaFileObject SHOP = Compilations.source("Shop", Compilations.SHOP);
    private static final String HEADER = """
            package user;
            import test.*;
            import java.time.Instant;
            class UserCode {
                void run(ShopTable shop, Shop_OrderTable orders, Instant t) {
            """;

    @Test
    void correctUseCompiles() {
        Compilation compilation = Compilations.compile(SHOP, user("""
                orders.query("c1", Shop_OrderTable.placedAtBetween(t, t)).list();
                orders.query("c1", Shop_OrderTable.orderNoBetween(t, 1, 9)).list();
                orders.queryByGsi1("OPEN", Shop_OrderTable.gsi1PlacedAtBetween(t, t)).list();
                orders.update("c1", t, 7, Shop_OrderTable.TOTAL_CENTS.set(1250L));
                orders.query("c1").filter(Shop_OrderTable.STATUS.eq("OPEN")).list();
                shop.customerCollection("c1").orders();
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anAttributeInAKeyTemplateHasNoUpdate() {
        assertUserError("orders.update(\"c1\", t, 7, Shop_OrderTable.STATUS.set(\"SHIPPED\")); // error", "cannot find symbol");
    }

    @Test
    void anIndexSortConditionIsNoConditionOfTheTable() {
        assertUserError("orders.query(\"c1\", Shop_OrderTable.gsi1PlacedAtBetween(t, t)); // error", "incompatible types");
    }

    @Test
    void keyValuesAreTypedByTheTemplatesAttributes() {
        assertUserError("orders.get(\"c1\", t, \"7\"); // error", "incompatible types");
    }

    private static void assertUserError(String statement, String error) {
        String text = HEADER + statement + "\n    }\n}\n";
        Compilations.assertUserError(JavaFileObjects.forSourceString("user.UserCode", text), text, error, SHOP);
    }

    private static JavaFileObject user(String statements) {
        return JavaFileObjects.forSourceString("user.UserCode", HEADER + statements + "    }\n}\n");
    }
}
