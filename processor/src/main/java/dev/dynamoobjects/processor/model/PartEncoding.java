package dev.dynamoobjects.processor.model;

/**
 * How a key template writes a placeholder's value (see the runtime's {@code KeyParts}). The
 * ordered encodings keep string order equal to value order, so range conditions are generated
 * for them; texts are compared as they are, so only their equality is.
 */
public enum PartEncoding {
    TEXT, NAME, UUID, BYTE, SHORT, INT, LONG, INSTANT, DATE;

    /** Returns the encoding of a scalar kind, or null when a template cannot hold it. */
    public static PartEncoding of(ScalarKind kind) {
        return switch (kind) {
            case STRING -> TEXT;
            case ENUM -> NAME;
            case UUID -> UUID;
            case BYTE -> BYTE;
            case SHORT -> SHORT;
            case INT -> INT;
            case LONG -> LONG;
            case INSTANT -> INSTANT;
            case LOCAL_DATE -> DATE;
            default -> null;
        };
    }

    /** Returns true when string order is value order, so that range conditions are right. */
    public boolean ordered() {
        return compareTo(BYTE) >= 0;
    }
}
