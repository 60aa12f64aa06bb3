package dev.dynamoobjects.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The immutable implementation: builder, withers, copies, value semantics. */
class GeneratedRecordTest {
    private static final ImmutableStore STORE = ImmutableStore.builder()
            .storeId("s-1").name("Corner shop").city("Lyon").version(3).build();

    @Test
    void buildRejectsAMissingKeyNamingIt() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> ImmutableStore.builder().name("x").build());
        assertEquals("storeId is the partition key of Store and cannot be null; set it.", e.getMessage());
    }

    @Test
    void unsetAttributesAreNullZeroOrTheirDefault() {
        ImmutableStore store = ImmutableStore.builder().storeId("s").build();
        assertNull(store.name());
        assertEquals(0, store.version());
        assertEquals(List.of(), store.tags());
    }

    @Test
    void withReturnsAChangedCopyAndLeavesTheOriginal() {
        ImmutableStore renamed = STORE.withName("Big shop");
        assertEquals("Big shop", renamed.name());
        assertEquals("Corner shop", STORE.name());
        assertEquals(STORE, renamed.withName("Corner shop"));
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        List<String> tags = new ArrayList<>(List.of("a"));
        ImmutableStore store = STORE.withTags(tags);
        tags.add("b");
        assertEquals(List.of("a"), store.tags());
        assertThrows(UnsupportedOperationException.class, () -> store.tags().add("c"));
    }

    @Test
    void toBuilderStartsFromTheValues() {
        assertEquals(STORE.withVersion(4), STORE.toBuilder().version(4).build());
    }

    @Test
    void copyOfTakesAnyImplementation() {
        Store other = new Store() {
            public String storeId() {
                return "s-1";
            }

            public String name() {
                return "Corner shop";
            }

            public String city() {
                return "Lyon";
            }

            public long version() {
                return 3;
            }
        };
        assertEquals(STORE, ImmutableStore.copyOf(other));
        assertSame(STORE, ImmutableStore.copyOf(STORE));
    }

    @Test
    void equalsAndHashCodeFollowTheValues() {
        ImmutableStore same = ImmutableStore.builder().storeId("s-1").name("Corner shop").city("Lyon").version(3).build();
        assertEquals(STORE, same);
        assertEquals(STORE.hashCode(), same.hashCode());
        assertNotEquals(STORE, STORE.withCity("Paris"));
    }

    @Test
    void toStringShowsTheValues() {
        assertTrue(STORE.toString().startsWith("Store{storeId=s-1, name=Corner shop, city=Lyon"), STORE.toString());
    }
}
