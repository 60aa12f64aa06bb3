package dev.dynamoobjects.processor.model;

/** The Java types the processor maps to one DynamoDB scalar, with the DynamoDB type of each. */
public enum ScalarKind {
    STRING("S"), CHAR("S"), BOOLEAN("BOOL"),
    BYTE("N"), SHORT("N"), INT("N"), LONG("N"), FLOAT("N"), DOUBLE("N"), BIG_DECIMAL("N"), BIG_INTEGER("N"),
    BYTES("B"), SDK_BYTES("B"),
    INSTANT("S"), LOCAL_DATE("S"), LOCAL_DATE_TIME("S"), OFFSET_DATE_TIME("S"), DURATION("S"),
    UUID("S"), ENUM("S");

    private final String dynamoType;

    ScalarKind(String dynamoType) {
        this.dynamoType = dynamoType;
    }

    /** Returns the DynamoDB type ({@code S}, {@code N}, {@code B} or {@code BOOL}) of the default encoding. */
    public String dynamoType() {
        return dynamoType;
    }

    /** Returns true for Java number types. */
    public boolean isNumber() {
        return dynamoType.equals("N");
    }

    /** Returns true for the time types that {@code @Epoch} can store as a number. */
    public boolean isTime() {
        return compareTo(INSTANT) >= 0 && compareTo(DURATION) <= 0;
    }
}
