package dev.dynamoobjects.mock.internal.operation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Hands the engine's items to SDK response builders without the builders' defensive copy.
 *
 * <p>Why: an SDK builder copies every item map it is given, which is most of the cost of a Query of
 * 100 items. The engine's stored items are already immutable (and {@link AttributeValue} is), so the
 * copy protects nothing; the builder's private field is set directly instead. The SDK's generated
 * builders have had these field names since 2.0; if a future SDK renames them, or the SDK sits on the
 * module path where the field is closed, the normal (copying) builder method is used.
 */
final class SharedResponses {
    private SharedResponses() {
    }

    /** Sets GetItem's item, an immutable map. */
    static void item(GetItemResponse.Builder builder, Map<String, AttributeValue> item) {
        if (GetItemField.HANDLE == null) {
            builder.item(item);
        } else {
            GetItemField.HANDLE.set(builder, item);
        }
    }

    /** Sets a Query page's items, immutable maps in a list nobody else holds. */
    static void items(QueryResponse.Builder builder, List<Map<String, AttributeValue>> items) {
        if (QueryItemsField.HANDLE == null) {
            builder.items(items);
        } else {
            QueryItemsField.HANDLE.set(builder, Collections.unmodifiableList(items));
        }
    }

    /** Sets a Scan page's items, immutable maps in a list nobody else holds. */
    static void items(ScanResponse.Builder builder, List<Map<String, AttributeValue>> items) {
        if (ScanItemsField.HANDLE == null) {
            builder.items(items);
        } else {
            ScanItemsField.HANDLE.set(builder, Collections.unmodifiableList(items));
        }
    }

    private static VarHandle field(Object builder, String name, Class<?> type) {
        try {
            Class<?> builderClass = builder.getClass();
            return MethodHandles.privateLookupIn(builderClass, MethodHandles.lookup()).findVarHandle(builderClass, name, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    // One lazy holder per field, so that a GetItem does not load the Query and Scan response classes
    // (each SDK model class costs milliseconds on first load).
    private static final class GetItemField {
        static final VarHandle HANDLE = field(GetItemResponse.builder(), "item", Map.class);
    }

    private static final class QueryItemsField {
        static final VarHandle HANDLE = field(QueryResponse.builder(), "items", List.class);
    }

    private static final class ScanItemsField {
        static final VarHandle HANDLE = field(ScanResponse.builder(), "items", List.class);
    }
}
