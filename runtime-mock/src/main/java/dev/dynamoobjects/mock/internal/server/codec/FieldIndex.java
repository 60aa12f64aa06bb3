package dev.dynamoobjects.mock.internal.server.codec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A model class's fields by their JSON name, computed once per class: the reader looks a field up
 * for every JSON member, so the SDK's list must not be scanned each time. (Keyed by instance
 * because {@code sdkFields()} is an instance method.)
 */
final class FieldIndex {
    private static final Map<Class<?>, Map<String, SdkField<?>>> CACHE = new ConcurrentHashMap<>();

    private FieldIndex() {
    }

    static Map<String, SdkField<?>> of(SdkPojo pojo) {
        Map<String, SdkField<?>> index = CACHE.get(pojo.getClass());
        return index != null ? index : CACHE.computeIfAbsent(pojo.getClass(), c -> index(pojo.sdkFields()));
    }

    private static Map<String, SdkField<?>> index(List<SdkField<?>> fields) {
        Map<String, SdkField<?>> index = new HashMap<>();
        for (SdkField<?> field : fields) {
            index.put(field.unmarshallLocationName(), field);
        }
        return Map.copyOf(index);
    }
}
