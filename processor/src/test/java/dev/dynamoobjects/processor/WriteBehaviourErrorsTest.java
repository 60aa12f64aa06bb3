package dev.dynamoobjects.processor;

import static dev.dynamoobjects.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/**
 * One compile-fail test per message about what the library maintains: generated keys and
 * timestamps, time to live, schema versions, streams and the {@code @BeforeWrite} hook; each on its line.
 */
class WriteBehaviourErrorsTest {
    @Test
    void twoManagingAnnotationsOnOneAccessor() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @CreatedAt @UpdatedAt Instant at(); // error
                }
                """, Message.MANAGED_TWICE.format("at", "CreatedAt", "UpdatedAt"));
    }

    @Test
    void twoTimeToLiveAttributes() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Ttl Instant expires();
                    @Ttl long deleteAfter(); // error
                }
                """, Message.TWO_MANAGED.format("Bad", "Ttl", "expires", "Ttl"));
    }

    @Test
    void autoIncrementBesideTheKey() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @AutoIncrement long number(); // error
                }
                """, Message.AUTO_INCREMENT_NOT_KEY.format("number"));
    }

    @Test
    void autoIncrementOfAStringKey() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key @AutoIncrement String id(); // error
                }
                """, Message.AUTO_INCREMENT_TYPE.format("id", "java.lang.String"));
    }

    @Test
    void autoIncrementWithAnEmptyBlock() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key @AutoIncrement(block = 0) long id(); // error
                }
                """, Message.AUTO_INCREMENT_BLOCK.format(0));
    }

    @Test
    void generatedUuidOfANumber() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @GeneratedUuid long reference(); // error
                }
                """, Message.GENERATED_UUID_TYPE.format("reference", "long"));
    }

    @Test
    void createdAtOfAString() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @CreatedAt String created(); // error
                }
                """, Message.TIMESTAMP_TYPE.format("created", "java.lang.String", "CreatedAt"));
    }

    @Test
    void timeToLiveOfADate() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Ttl java.time.LocalDate expires(); // error
                }
                """, Message.TTL_TYPE.format("expires", "java.time.LocalDate"));
    }

    @Test
    void timeToLiveInMilliseconds() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @Ttl @Epoch(ChronoUnit.MILLIS) Instant expires(); // error
                }
                """, Message.TTL_EPOCH_UNIT.format("expires", "MILLIS"));
    }

    @Test
    void generatedValueInADocument() {
        assertError("""
                @Document
                public interface Bad {
                    @CreatedAt Instant created(); // error
                }
                """, Message.ONLY_ON_RECORDS.format("CreatedAt"));
    }

    @Test
    void schemaVersionOnADocument() {
        assertError("""
                @Document
                @SchemaVersion(2) // error
                public interface Bad {
                    String name();
                }
                """, Message.ONLY_ON_RECORDS.format("SchemaVersion"));
    }

    @Test
    void streamOnADocument() {
        assertError("""
                @Document
                @Stream(StreamView.NEW_IMAGE) // error
                public interface Bad {
                    String name();
                }
                """, Message.ONLY_ON_RECORDS.format("Stream"));
    }

    @Test
    void schemaVersionZero() {
        assertError("""
                @Record(table = "bad")
                @SchemaVersion(0) // error
                public interface Bad {
                    @Key String id();
                }
                """, Message.SCHEMA_VERSION_VALUE.format(0));
    }

    @Test
    void schemaVersionInAnAttributeOfTheRecord() {
        assertError("""
                @Record(table = "bad")
                @SchemaVersion(value = 2, attribute = "revision") // error
                public interface Bad {
                    @Key String id();
                    int revision();
                }
                """, Message.SCHEMA_VERSION_ATTRIBUTE.format("revision", "revision"));
    }

    @Test
    void beforeWriteReturningSomethingElse() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @BeforeWrite default String check() { return id(); } // error
                }
                """, Message.BEFORE_WRITE_SHAPE.format("check", "Bad", "Bad", "check"));
    }

    @Test
    void twoBeforeWriteHooks() {
        assertError("""
                @Record(table = "bad")
                public interface Bad {
                    @Key String id();
                    @BeforeWrite default Bad trimmed() { return this; }
                    @BeforeWrite default Bad checked() { return this; } // error
                }
                """, Message.TWO_MANAGED.format("Bad", "BeforeWrite", "trimmed", "BeforeWrite"));
    }

    @Test
    void beforeWriteInADocument() {
        assertError("""
                @Document
                public interface Bad {
                    String name();
                    @BeforeWrite default Bad trimmed() { return this; } // error
                }
                """, Message.ONLY_ON_RECORDS.format("BeforeWrite"));
    }
}
