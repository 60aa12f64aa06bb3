package dev.dynamoobjects.mock.operation;

import dev.dynamoobjects.mock.error.DynamoErrors;
import dev.dynamoobjects.mock.limit.Limits;
import dev.dynamoobjects.mock.validation.Messages;
import java.util.regex.Pattern;

/** DynamoDB's rule for table and index names. */
final class TableNames {
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_.-]+");

    private TableNames() {
    }

    /** Throws DynamoDB's ValidationException unless the name is a valid table or index name. */
    static String check(String name) {
        if (name == null || name.length() < Limits.MIN_TABLE_NAME_LENGTH
                || name.length() > Limits.MAX_TABLE_NAME_LENGTH || !VALID.matcher(name).matches()) {
            throw DynamoErrors.validation(Messages.INVALID_NAME);
        }
        return name;
    }
}
