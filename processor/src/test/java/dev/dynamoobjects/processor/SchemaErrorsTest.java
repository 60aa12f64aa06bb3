package dev.dynamoobjects.processor;

import static dev.dynamoobjects.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/**
 * Schema mistakes that DynamoDB would refuse at CreateTable are compile errors on the annotation
 * value, also when the annotation is one of several repeated ones or spans several lines.
 */
class SchemaErrorsTest {
    @Test
    void globalIndexSortedByItsPartitionKey() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name", sortKey = "name") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INDEX_SAME_KEYS.format("byName", "name"));
    }

    @Test
    void localIndexSortedByTheTablePartitionKey() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "byId", sortKey = "id") // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                }
                """, Message.INDEX_SAME_KEYS.format("byId", "id"));
    }

    @Test
    void readCapacityWithoutWrite() {
        assertError("""
                @Record(table = "bad", capacity = @Capacity(read = 5)) // error
                public interface Bad {
                    @Key String id();
                }
                """, Message.CAPACITY_ONE_SIDED.format(5, 0));
    }

    @Test
    void writeCapacityWithoutReadOnAGlobalIndex() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name", capacity = @Capacity(write = 5)) // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.CAPACITY_ONE_SIDED.format(0, 5));
    }

    @Test
    void negativeCapacityIsReportedOnItsOwnLine() {
        assertError("""
                @Record(table = "bad",
                        capacity = @Capacity(read = -1, write = 5)) // error
                public interface Bad {
                    @Key String id();
                }
                """, Message.CAPACITY_NEGATIVE.format("read", -1));
    }

    @Test
    void errorOfTheSecondOfTwoRepeatedIndexesIsOnItsValue() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name")
                @GlobalIndex(name = "byCity",
                        partitionKey = "city") // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INDEX_UNKNOWN_ATTRIBUTE.format("byCity", "city", "Bad", "id, name"));
    }

    @Test
    void errorOfTheFirstOfTwoRepeatedLocalIndexesIsOnItsAnnotation() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "byName", sortKey = "id") // error
                @LocalIndex(name = "byCity", sortKey = "name")
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                    String name();
                }
                """, Message.INDEX_SAME_KEYS.format("byName", "id"));
    }

    @Test
    void errorInsideAnExplicitContainerIsOnItsValue() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndexes({
                    @GlobalIndex(name = "byName", partitionKey = "name"),
                    @GlobalIndex(name = "x", partitionKey = "name") // error
                })
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INVALID_INDEX_NAME.format("x"));
    }
}
