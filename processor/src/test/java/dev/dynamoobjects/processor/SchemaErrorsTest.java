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

    @Test
    void localIndexSortedByTheTableSortKey() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "byCreated", sortKey = "created") // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                }
                """, Message.LOCAL_INDEX_ON_TABLE_SORT_KEY.format("byCreated", "created"));
    }

    @Test
    void sixLocalIndexes() {
        assertError("""
                @Record(table = "bad")
                @LocalIndex(name = "by1", sortKey = "a1")
                @LocalIndex(name = "by2", sortKey = "a2")
                @LocalIndex(name = "by3", sortKey = "a3")
                @LocalIndex(name = "by4", sortKey = "a4")
                @LocalIndex(name = "by5", sortKey = "a5")
                @LocalIndex(name = "by6", sortKey = "a6") // error
                public interface Bad {
                    @Key String id();
                    @SortKey String created();
                    String a1(); String a2(); String a3(); String a4(); String a5(); String a6();
                }
                """, Message.LOCAL_INDEX_LIMIT.format("by6", 5));
    }

    @Test
    void globalIndexCapacityOnAnOnDemandTable() {
        assertError("""
                @Record(table = "bad")
                @GlobalIndex(name = "byName", partitionKey = "name",
                        capacity = @Capacity(read = 5, write = 5)) // error
                public interface Bad {
                    @Key String id();
                    String name();
                }
                """, Message.INDEX_CAPACITY_ON_DEMAND.format("byName", "Bad"));
    }
}
