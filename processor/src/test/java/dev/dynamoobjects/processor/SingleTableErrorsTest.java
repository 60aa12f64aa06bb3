package dev.dynamoobjects.processor;

import static dev.dynamoobjects.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/**
 * Every single-table mistake is a compile error on the annotation value or accessor that makes
 * it: template placeholders, keys two entities could share, attribute names the table uses, and
 * entities that are not their table's.
 */
class SingleTableErrorsTest {
    @Test
    void placeholderNamingNoAttribute() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{nope}", sk = "A") // error
                    record A(String id) implements Bad {
                    }
                }
                """, Message.TEMPLATE_UNKNOWN_ATTRIBUTE.format("A#{nope}", "nope", "A", "id"));
    }

    @Test
    void placeholderNamingANonScalarAttribute() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "TAGS#{tags}") // error
                    record A(String id, List<String> tags) implements Bad {
                    }
                }
                """, Message.TEMPLATE_NOT_SCALAR.format("TAGS#{tags}", "tags", "java.util.List<java.lang.String>"));
    }

    @Test
    void placeholderOfANumberTypeWithoutAnOrderPreservingEncoding() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "PRICE#{price}") // error
                    record A(String id, double price) implements Bad {
                    }
                }
                """, Message.TEMPLATE_UNORDERED_TYPE.format("PRICE#{price}", "price", "double"));
    }

    @Test
    void placeholdersSideBySide() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}{name}", sk = "A") // error
                    record A(String id, String name) implements Bad {
                    }
                }
                """, Message.TEMPLATE_SYNTAX.format("A#{id}{name}",
                "has two placeholders side by side, so their values could not be told apart"));
    }

    @Test
    void twoEntitiesWhoseKeysCouldBeEqual() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "order", pk = "C#{id}", sk = "ORDER#{no}")
                    record Order(String id, String no) implements Bad {
                    }

                    @Entity(type = "line", pk = "C#{id}", sk = "ORDER#{no}#LINE#{line}") // error
                    record Line(String id, String no, int line) implements Bad {
                    }
                }
                """, Message.KEY_TEMPLATES_OVERLAP.format("Line", "C#{id}", "ORDER#{no}#LINE#{line}",
                "Order", "C#{id}", "ORDER#{no}", "LINE"));
    }

    @Test
    void twoEntitiesWithTheSameType() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    record A(String id) implements Bad {
                    }

                    @Entity(type = "a", pk = "B#{id}", sk = "B") // error
                    record B(String id) implements Bad {
                    }
                }
                """, Message.ENTITY_TYPE_TWICE.format("a", "A"));
    }

    @Test
    void entityAttributeNamedLikeAPhysicalKey() {
        assertError("""
                @SingleTable(name = "bad", indexes = @OverloadedIndex(name = "gsi1"))
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    non-sealed interface A extends Bad {
                        String id();
                        String gsi1pk(); // error
                    }
                }
                """, Message.ENTITY_ATTRIBUTE_RESERVED.format("gsi1pk", "gsi1pk", "bad"));
    }

    @Test
    void entityAttributeNamedLikeTheTypeAttribute() {
        assertError("""
                @SingleTable(name = "bad", typeAttribute = "kind")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    record A(String id, String kind) implements Bad { // error
                    }
                }
                """, Message.ENTITY_ATTRIBUTE_RESERVED.format("kind", "kind", "bad"));
    }

    @Test
    void entityThatExtendsNoSingleTable() {
        assertError("""
                @Entity(type = "a", pk = "A#{id}", sk = "A") // error
                public interface Bad {
                    String id();
                }
                """, Message.ENTITY_WITHOUT_TABLE.format("Bad"));
    }

    @Test
    void permittedTypeWithoutEntity() {
        assertError("""
                @SingleTable(name = "bad") // error
                public sealed interface Bad {
                    record A(String id) implements Bad {
                    }
                }
                """, Message.PERMITTED_NOT_ENTITY.format("A", "Bad"));
    }

    @Test
    void tableThatIsNotSealed() {
        assertError("""
                @SingleTable(name = "bad") // error
                public interface Bad {
                }
                """, Message.SINGLE_TABLE_NOT_SEALED.format("Bad", "Bad"));
    }

    @Test
    void keyAnnotationOnAnEntity() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    non-sealed interface A extends Bad {
                        @Key String id(); // error
                    }
                }
                """, Message.ENTITY_KEY_ANNOTATION.format("id", "Key", "Key"));
    }

    @Test
    void indexTemplatesOfAnUndeclaredIndex() {
        assertError("""
                @SingleTable(name = "bad", indexes = @OverloadedIndex(name = "gsi1"))
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A", indexes = @EntityIndex(index = "gsi2", pk = "X", sk = "Y")) // error
                    record A(String id) implements Bad {
                    }
                }
                """, Message.UNKNOWN_OVERLOADED_INDEX.format("gsi2", "Bad", "gsi1"));
    }

    @Test
    void emptyTemplate() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "") // error
                    record A(String id) implements Bad {
                    }
                }
                """, Message.TEMPLATE_EMPTY.format("A"));
    }

    @Test
    void schemaVersionOnAnEntity() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    @SchemaVersion(2) // error
                    record A(String id) implements Bad {
                    }
                }
                """, Message.ENTITY_ONLY_RECORDS.format("SchemaVersion"));
    }

    @Test
    void streamOnAnEntity() {
        assertError("""
                @SingleTable(name = "bad")
                public sealed interface Bad {
                    @Entity(type = "a", pk = "A#{id}", sk = "A")
                    @Stream // error
                    record A(String id) implements Bad {
                    }
                }
                """, Message.ENTITY_STREAM.format("A"));
    }
}
