package dev.dynamoobjects.processor;

import static dev.dynamoobjects.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Types the processor cannot map get a message naming the real problem and a type that works. */
class TypeErrorsTest {
    @Test
    void optionalOfOptional() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    Optional<Optional<String>> name(); // error
                }
                """, Message.NESTED_OPTIONAL.format("name", "java.util.Optional<java.util.Optional<java.lang.String>>",
                "Optional<String>"));
    }

    @Test
    void optionalInsideAList() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    List<Optional<String>> names(); // error
                }
                """, Message.NESTED_OPTIONAL.format("names", "java.util.List<java.util.Optional<java.lang.String>>",
                "List<String>"));
    }

    @Test
    void rawList() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @SuppressWarnings("rawtypes") List names(); // error
                }
                """, Message.RAW_TYPE.format("names", "java.util.List", "List<String>"));
    }

    @Test
    void rawOptional() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @SuppressWarnings("rawtypes") Optional name(); // error
                }
                """, Message.RAW_TYPE.format("name", "java.util.Optional", "Optional<String>"));
    }

    @Test
    void rawMapInsideAList() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @SuppressWarnings("rawtypes") List<Map> names(); // error
                }
                """, Message.RAW_TYPE.format("names", "java.util.Map", "Map<String, String>"));
    }

    @Test
    void genericRecordUsingItsTypeParameterGetsOneError() {
        assertError("""
                @Record(table = "bad")
                public interface Bad<T> { // error
                    @Key String id();
                    T value();
                    List<T> values();
                }
                """, Message.GENERIC_TYPE.format("Record", "Bad"));
    }
}
