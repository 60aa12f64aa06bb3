package dev.dynamoobjects.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynamoobjects.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** One compile-fail test per message of {@link Message}, each pinned to its line. */
class ErrorMessagesTest {
    @Test
    void recordOnAClass() {
        assertError("""
                @Record(table = "bad") // error
                public class Bad {}
                """, Message.NOT_AN_INTERFACE.format("Record", "Bad"));
    }

    @Test
    void genericRecord() {
        assertError("""
                @Record(table = "bad")
                public interface Bad<T> { // error
                    @Key String id();
                }
                """, Message.GENERIC_TYPE.format("Record", "Bad"));
    }

    @Test
    void privateDocument() {
        assertError("""
                public class Bad {
                    @Document
                    private interface Inner { // error
                        String name();
                    }
                }
                """, Message.PRIVATE_TYPE.format("Document", "Inner"));
    }

    @Test
    void noPartitionKey() {
        assertError("""
                @Record(table = "bad") // error
                public interface Bad {
                    String id();
                }
                """, Message.NO_PARTITION_KEY.format("Bad"));
    }

    @Test
    void twoPartitionKeys() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Key String other(); // error
                }
                """, Message.TWO_PARTITION_KEYS.format("Bad", "id"));
    }

    @Test
    void twoSortKeys() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @SortKey String first();
                    @SortKey String second(); // error
                }
                """, Message.TWO_SORT_KEYS.format("Bad", "first"));
    }

    @Test
    void twoVersions() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Version long version();
                    @Version long revision(); // error
                }
                """, Message.TWO_MANAGED.format("Bad", "Version", "version", "Version"));
    }

    @Test
    void keyAndSortKeyOnOneAccessor() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key @SortKey String id(); // error
                }
                """, Message.KEY_AND_SORT_KEY.format("id"));
    }

    @Test
    void keyInADocument() {
        assertError("""
                @Document
                public interface Bad {
                    @Key String id(); // error
                }
                """, Message.ONLY_ON_RECORDS.format("Key"));
    }

    @Test
    void keyOfAListType() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key List<String> id(); // error
                }
                """, Message.KEY_TYPE.format("id", "java.util.List<java.lang.String>"));
    }

    @Test
    void unsupportedType() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    Thread worker(); // error
                }
                """, Message.UNSUPPORTED_TYPE.format("worker", "java.lang.Thread"));
    }

    @Test
    void unsupportedTypeInAJavaRecord() {
        assertError("""
                @Record(table = "bad")
                public record Bad(
                    @Key String id,
                    Thread worker) { // error
                }
                """, Message.UNSUPPORTED_TYPE.format("worker", "java.lang.Thread"));
    }

    @Test
    void setOfBooleans() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    Set<Boolean> flags(); // error
                }
                """, Message.UNSUPPORTED_SET_ELEMENT.format("flags", "java.lang.Boolean"));
    }

    @Test
    void mapWithNumberKeys() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    Map<Integer, String> names(); // error
                }
                """, Message.MAP_KEY_NOT_STRING.format("names", "java.lang.Integer"));
    }

    @Test
    void accessorWithParameters() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    String name(int index); // error
                }
                """, Message.ACCESSOR_WITH_PARAMETERS.format("name(int)", "Record", "Bad"));
    }

    @Test
    void accessorReturningVoid() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    void touch(); // error
                }
                """, Message.ACCESSOR_RETURNS_VOID.format("touch", "Record", "Bad"));
    }

    @Test
    void invalidTableName() {
        assertError("""
                @Record(table = "no") // error
                public interface Bad {
                    @Key String id();
                }
                """, Message.INVALID_TABLE_NAME.format("no"));
    }

    @Test
    void invalidIndexName() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "by name", partitionKey = "name") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INVALID_INDEX_NAME.format("by name"));
    }

    @Test
    void duplicateIndexName() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name")
                @LocalIndex(name = "byName", sortKey = "name") // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                    String name();
                }
                """, Message.DUPLICATE_INDEX_NAME.format("byName", "Bad"));
    }

    @Test
    void indexNamesGivingOneJavaName() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "by-name", partitionKey = "name")
                @LocalIndex(name = "by.name", sortKey = "name") // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                    String name();
                }
                """, Message.INDEX_JAVA_NAME_CLASH.format("by-name", "by.name", "queryByName"));
    }

    @Test
    void emptyAttributeName() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Attribute("") String name(); // error
                }
                """, Message.INVALID_ATTRIBUTE_NAME.format("", "1 to 65535"));
    }

    @Test
    void twoAccessorsForOneAttribute() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    String name();
                    @Attribute("name") String title(); // error
                }
                """, Message.DUPLICATE_ATTRIBUTE_NAME.format("name", "title", "name"));
    }

    @Test
    void twoAccessorsForOneConstant() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    String userName();
                    String user_name(); // error
                }
                """, Message.DUPLICATE_CONSTANT.format("userName", "user_name", "USER_NAME"));
    }

    @Test
    void indexOnAnUnknownAttribute() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byCity", partitionKey = "city") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INDEX_UNKNOWN_ATTRIBUTE.format("byCity", "city", "Bad", "id, name"));
    }

    @Test
    void indexKeyOfAListType() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byTags", partitionKey = "tags") // error
                public interface Bad {
                    @Key String id();
                    List<String> tags();
                }
                """, Message.INDEX_KEY_TYPE.format("byTags", "tags", "java.util.List<java.lang.String>"));
    }

    @Test
    void localIndexWithoutSortKey() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "byName", sortKey = "name") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.LOCAL_INDEX_WITHOUT_SORT_KEY.format("byName", "Bad"));
    }

    @Test
    void includeWithoutIncludeProjection() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name", include = "id") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INCLUDE_WITHOUT_INCLUDE_PROJECTION.format("byName", "ALL"));
    }

    @Test
    void epochOnAString() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Epoch String when(); // error
                }
                """, Message.EPOCH_TYPE.format("java.lang.String"));
    }

    @Test
    void epochInMonths() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Epoch(java.time.temporal.ChronoUnit.MONTHS) java.time.Instant when(); // error
                }
                """, Message.EPOCH_UNIT.format("MONTHS"));
    }

    @Test
    void converterWithoutPublicConstructor() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Convert(Conv.class) Thread worker(); // error
                    final class Conv implements dev.dynamoobjects.mapping.AttributeConverter<Thread> {
                        private Conv() {}
                        public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(Thread t) { return null; }
                        public Thread fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) { return null; }
                    }
                }
                """, Message.CONVERTER_CONSTRUCTOR.format("test.Bad.Conv"));
    }

    @Test
    void converterOfAnotherType() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Convert(Conv.class) Thread worker(); // error
                    final class Conv implements dev.dynamoobjects.mapping.AttributeConverter<String> {
                        public software.amazon.awssdk.services.dynamodb.model.AttributeValue toAttributeValue(String t) { return null; }
                        public String fromAttributeValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) { return null; }
                    }
                }
                """, Message.CONVERTER_TYPE.format("test.Bad.Conv", "java.lang.String", "java.lang.Thread"));
    }

    @Test
    void versionOfAStringType() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Version String version(); // error
                }
                """, Message.VERSION_TYPE.format("version", "java.lang.String"));
    }

    @Test
    void everyProblemOfATypeIsReportedAndOtherTypesAreStillGenerated() {
        Compilation compilation = Compilations.compile(
                Compilations.source("Bad", """
                        @Record(table = "x")
                        public interface Bad {
                            Thread worker();
                            void touch();
                        }
                        """),
                Compilations.source("Good", """
                        @Record(table = "good")
                        public interface Good {
                            @Key String id();
                        }
                        """),
                // Compiles only if Good's classes were generated despite Bad's errors.
                Compilations.source("User", """
                        class User {
                            Object[] uses = {GoodMapper.INSTANCE, ImmutableGood.builder(), GoodTable.SCHEMA};
                        }
                        """));
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining(Message.NO_PARTITION_KEY.format("Bad"));
        assertThat(compilation).hadErrorContaining(Message.INVALID_TABLE_NAME.format("x"));
    }
}
