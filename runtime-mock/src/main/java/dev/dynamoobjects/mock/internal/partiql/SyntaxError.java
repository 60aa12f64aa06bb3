package dev.dynamoobjects.mock.internal.partiql;

/**
 * A statement that does not parse; the front end turns it into DynamoDB's "Statement wasn't well
 * formed" ValidationException, which quotes the whole statement rather than the place it failed.
 */
final class SyntaxError extends RuntimeException {
    SyntaxError() {
        super(null, null, false, false);
    }
}
