package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.Messages;

/** DynamoDB's rule for table and index names: 3 to 255 of {@code a-z A-Z 0-9 _ . -}. */
final class TableNames {
    private TableNames() {
    }

    /** Throws DynamoDB's ValidationException unless the name is a valid table or index name. */
    static String check(String name) {
        if (name == null || name.length() < Limits.MIN_TABLE_NAME_LENGTH
                || name.length() > Limits.MAX_TABLE_NAME_LENGTH || !validCharacters(name)) {
            throw DynamoErrors.validation(Messages.INVALID_NAME);
        }
        return name;
    }

    // A loop rather than a regular expression: compiling one costs the engine's first CreateTable
    // milliseconds of class loading.
    static boolean validCharacters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!valid) {
                return false;
            }
        }
        return true;
    }
}
