package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.RuntimeNames;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.Managed;
import dev.dynamoobjects.processor.model.ScalarKind;
import dev.dynamoobjects.processor.model.ValueType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads which attribute annotation, if any, hands an accessor to the library ({@code @Version},
 * {@code @Ttl}, {@code @AutoIncrement}, {@code @GeneratedUuid}, {@code @CreatedAt},
 * {@code @UpdatedAt}) and checks that its type and place allow it.
 */
final class ManagedAttributes {
    /** The annotation of each kind, in the order a conflict is reported. */
    static final Map<Managed, String> ANNOTATIONS = annotations();

    private static final Set<ScalarKind> WHOLE_NUMBERS = Set.of(ScalarKind.INT, ScalarKind.LONG);

    private final Annotations annotations;
    private final Problems problems;
    private final boolean record;

    ManagedAttributes(Annotations annotations, Problems problems, boolean record) {
        this.annotations = annotations;
        this.problems = problems;
        this.record = record;
    }

    private static Map<Managed, String> annotations() {
        Map<Managed, String> names = new EnumMap<>(Managed.class);
        names.put(Managed.VERSION, RuntimeNames.VERSION);
        names.put(Managed.TTL, RuntimeNames.TTL);
        names.put(Managed.AUTO_INCREMENT, RuntimeNames.AUTO_INCREMENT);
        names.put(Managed.GENERATED_UUID, RuntimeNames.GENERATED_UUID);
        names.put(Managed.CREATED_AT, RuntimeNames.CREATED_AT);
        names.put(Managed.UPDATED_AT, RuntimeNames.UPDATED_AT);
        return names;
    }

    /** Returns the simple name of an annotation, as users write it. */
    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** Returns what the accessor's annotation asks for, reporting two at once or one on a document. */
    Managed of(Element accessor) {
        Managed found = Managed.NONE;
        for (Map.Entry<Managed, String> entry : ANNOTATIONS.entrySet()) {
            AnnotationMirror mirror = annotations.find(accessor, entry.getValue());
            if (mirror == null) {
                continue;
            }
            if (!record) {
                problems.error(accessor, mirror, Message.ONLY_ON_RECORDS, simpleName(entry.getValue()));
            } else if (found != Managed.NONE) {
                problems.error(accessor, mirror, Message.MANAGED_TWICE, accessor.getSimpleName(),
                        simpleName(ANNOTATIONS.get(found)), simpleName(entry.getValue()));
            } else {
                found = entry.getKey();
            }
        }
        return found;
    }

    /**
     * Checks that the attribute's type suits what manages it, and returns the type to store: a
     * {@code @Ttl Instant} is stored as epoch seconds, as DynamoDB requires. After an error the type
     * is returned as it was, so that the attribute's other checks still run.
     */
    ValueType check(Element accessor, Managed managed, KeyRole role, ValueType type) {
        Object name = accessor.getSimpleName();
        ScalarKind kind = type instanceof ValueType.Scalar scalar ? scalar.kind() : null;
        Message wrong = switch (managed) {
            case NONE -> null;
            case VERSION -> WHOLE_NUMBERS.contains(kind) ? null : Message.VERSION_TYPE;
            case AUTO_INCREMENT -> role != KeyRole.PARTITION ? Message.AUTO_INCREMENT_NOT_KEY
                    : WHOLE_NUMBERS.contains(kind) ? null : Message.AUTO_INCREMENT_TYPE;
            case GENERATED_UUID -> kind == ScalarKind.STRING || kind == ScalarKind.UUID ? null : Message.GENERATED_UUID_TYPE;
            case CREATED_AT, UPDATED_AT -> kind == ScalarKind.INSTANT ? null : Message.TIMESTAMP_TYPE;
            case TTL -> kind == ScalarKind.INSTANT || kind == ScalarKind.LONG ? null : Message.TTL_TYPE;
        };
        if (wrong != null) {
            // Every type message reads (accessor, type, annotation) in its own order.
            problems.error(accessor, wrong, name, type.javaType(), simpleName(ANNOTATIONS.get(managed)));
            return type;
        }
        return managed == Managed.TTL && kind == ScalarKind.INSTANT ? ttlInstant(accessor, (ValueType.Scalar) type) : type;
    }

    private ValueType ttlInstant(Element accessor, ValueType.Scalar type) {
        if (type.epochUnit() == null) {
            return new ValueType.Scalar(type.kind(), type.javaType(), "SECONDS");
        }
        if (!type.epochUnit().equals("SECONDS")) {
            problems.error(accessor, Message.TTL_EPOCH_UNIT, accessor.getSimpleName(), type.epochUnit());
        }
        return type;
    }
}
