package dev.dynamoobjects.mock.internal.value;

/** DynamoDB's message texts for values that break its number rules. */
final class ValueMessages {
    static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";
    static final String TOO_PRECISE = "Attempting to store more than 38 significant digits in a Number";
    static final String OVERFLOW = "Number overflow. Attempting to store a number with magnitude larger than supported range";
    static final String UNDERFLOW = "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    private ValueMessages() {
    }
}
