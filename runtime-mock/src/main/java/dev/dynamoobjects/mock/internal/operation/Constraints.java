package dev.dynamoobjects.mock.internal.operation;

import dev.dynamoobjects.mock.internal.error.DynamoErrors;
import dev.dynamoobjects.mock.internal.limit.Limits;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * DynamoDB's request validation: each member that breaks the constraint the API model gives it,
 * collected and reported together in one ValidationException before the request looks up a table
 * ("2 validation errors detected: Value 'a!' at 'tableName' ...; Value '0' at 'limit' ..."). Other
 * constraints, such as enum value sets, go in through {@link #add}.
 *
 * <pre>{@code
 * Constraints.of()
 *         .tableName(request.tableName())
 *         .atLeast("limit", request.limit(), 1)
 *         .check();
 * }</pre>
 */
public final class Constraints {
    // Null until the first violation: valid requests, nearly all of them, allocate nothing more.
    private List<String> violations;

    private Constraints() {
    }

    public static Constraints of() {
        return new Constraints();
    }

    /** The TableName of an item or table operation: required, 1 to 255 characters of the name pattern. */
    public Constraints tableName(String name) {
        return tableName(name, Limits.MIN_TABLE_NAME_LENGTH_IN_REQUEST);
    }

    /** A required TableName of at least {@code minLength} characters (CreateTable asks for 3). */
    public Constraints tableName(String name, int minLength) {
        return required("tableName", name) ? name("tableName", name, minLength) : this;
    }

    /** A required member that is not a name, such as the Key of GetItem, UpdateItem and DeleteItem. */
    public Constraints notNull(String member, boolean given) {
        if (!given) {
            add(null, member, Messages.NOT_NULL);
        }
        return this;
    }

    /** The TableName of one transaction item; {@code action} is put, update, delete, conditionCheck or get. */
    public Constraints transactionTableName(int index, String action, String name) {
        String member = "transactItems." + (index + 1) + ".member." + action + ".tableName";
        return required(member, name) ? name(member, name, Limits.MIN_TABLE_NAME_LENGTH_IN_REQUEST) : this;
    }

    /** A table or index name, when given, checked against the name pattern and the length range. */
    public Constraints name(String member, String name, int minLength) {
        if (name == null) {
            return this;
        }
        // DynamoDB reports only the length of an empty name, though the pattern asks for one character.
        if (!name.isEmpty() && !TableNames.validCharacters(name)) {
            add(name, member, Messages.NAME_PATTERN);
        }
        if (name.length() < minLength) {
            add(name, member, Messages.lengthAtLeast(minLength));
        }
        if (name.length() > Limits.MAX_TABLE_NAME_LENGTH) {
            add(name, member, Messages.lengthAtMost(Limits.MAX_TABLE_NAME_LENGTH));
        }
        return this;
    }

    /** The table names that key RequestItems of a batch; DynamoDB lists the key constraints once for all. */
    public Constraints tableNameKeys(String member, Collection<String> names) {
        for (String name : names) {
            if (!Constraints.of().tableName(name).valid()) {
                addViolation(Messages.mapKeysViolation(member, List.of(
                        Messages.lengthAtMost(Limits.MAX_TABLE_NAME_LENGTH),
                        Messages.lengthAtLeast(Limits.MIN_TABLE_NAME_LENGTH_IN_REQUEST), Messages.NAME_PATTERN)));
                break;
            }
        }
        return this;
    }

    /** A number member that, when given, must be at least {@code min}. */
    public Constraints atLeast(String member, Integer value, long min) {
        if (value != null && value < min) {
            add(value.toString(), member, Messages.valueAtLeast(min));
        }
        return this;
    }

    /** A number member that, when given, must be at most {@code max}. */
    public Constraints atMost(String member, Integer value, long max) {
        if (value != null && value > max) {
            add(value.toString(), member, Messages.valueAtMost(max));
        }
        return this;
    }

    /** Adds the violation of any constraint, such as an enum value set, worded by {@link Messages}. */
    public Constraints add(String value, String member, String constraint) {
        return addViolation(Messages.violation(value, member, constraint));
    }

    /** Throws DynamoDB's ValidationException listing every violation, when there is one. */
    public void check() {
        if (violations != null) {
            throw DynamoErrors.validation(Messages.validationErrors(violations));
        }
    }

    private boolean valid() {
        return violations == null;
    }

    private boolean required(String member, String value) {
        if (value == null) {
            add(null, member, Messages.NOT_NULL);
        }
        return value != null;
    }

    private Constraints addViolation(String violation) {
        if (violations == null) {
            violations = new ArrayList<>(2);
        }
        violations.add(violation);
        return this;
    }
}
