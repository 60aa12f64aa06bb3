package dev.dynamoobjects.mock.internal.partiql;

/** Every message text of the PartiQL front end, as DynamoDB (and DynamoDB Local 3.1.0) words it. */
final class PartiqlMessages {
    static final String PARAMETER_COUNT = "Number of parameters in request and statement don't match.";
    static final String NOT_FULL_KEY = "Where clause does not contain a mandatory equality on all key attributes";
    static final String DUPLICATE_ITEM = "Duplicate primary key exists in table";
    static final String ALIASING = "Aliasing is not supported";
    static final String INSERT_RETURNING = "RETURNING is not supported in INSERT";
    static final String ORDER_BY_WITHOUT_WHERE = "Must have WHERE clause in the statement when using ORDER BY clause.";
    static final String ORDER_BY_WITHOUT_HASH_KEY =
            "Must have at least one non-optional hash key condition in WHERE clause when using ORDER BY clause.";
    static final String MISSING_COMPARED = "MISSING must be compared using IS operator";

    static final String EMPTY_BATCH = "The statement was empty.";
    static final String EMPTY_TRANSACTION = "ExecutePartiQLTransaction can not have empty statement.";
    static final String MIXED_BATCH = "Read and write requests together in the same batch is not supported.";
    static final String BATCH_NOT_SINGLE_ITEM = "Only single item select is supported";
    static final String EXISTS_OUTSIDE_TRANSACTION = "EXISTS can only be used in ExecuteTransaction write requests.";
    static final String MIXED_TRANSACTION =
            "ExecuteTransaction API does not support both read and write operations in the same request.";
    static final String TRANSACTION_NOT_SINGLE_ITEM =
            "Select statements within ExecuteTransaction must specify the primary key in the where clause.";
    static final String TRANSACTION_INDEX_READ = "Reads on indices are not supported within transactions.";
    static final String TRANSACTION_RETURNING = "RETURNING clause is not supported in ExecuteTransaction.";
    static final String EXISTS_WITHOUT_CONDITION = "EXISTS() must contain a single item read with additional condition";

    private PartiqlMessages() {
    }

    static String notWellFormed(String statement) {
        return "Statement wasn't well formed, can't be processed: " + statement;
    }

    /**
     * More than 25 statements in a batch, worded as DynamoDB's request validation words a list too long
     * (DynamoDB Local says "BatchGetItem cannot fetch more than 25 items", whatever the statements).
     */
    static final String BATCH_TOO_LONG = "1 validation error detected: Value at 'statements' failed to satisfy "
            + "constraint: Member must have length less than or equal to 25";

    /** A transaction statement's error, naming its place. */
    static String inTransactionStatement(int index, String message) {
        return "Validation failed in TransactStatements[" + index + "]: " + message;
    }

    static String unrecognizedFunction(String name) {
        return "Unrecognized function: " + name;
    }

    static String unsupportedConditionOperator(String operator) {
        return "Unsupported operator in Condition Expression. Operator: " + operator;
    }

    static String orderByNotKey(String name) {
        return "Variable reference " + name + " in ORDER BY clause must be part of the primary key";
    }

    /** A write's WHERE fixing a key to a value no key can have (DynamoDB Local's words: no DynamoDB source). */
    static String keyNotScalar(String name, String type) {
        return "Key value must be of type S, N, or B. Key name: " + name + ", Key type: " + type;
    }

    static String keyType(String name) {
        return "Key attribute's data type should match its data type in table's schema: Key " + name;
    }

    static String keyMissing(String name) {
        return "Key attribute should be present in the item: Key " + name;
    }

    static String sameKeyTwice(String name) {
        return "Multiple conditions on same key " + name + ". Only single item Update/Insert/Delete are supported";
    }

    static String deleteReturning(String clause) {
        return "Invalid returning clause: RETURNING " + clause + ". Only RETURNING ALL OLD * is allowed in DELETE statements.";
    }

    static String unsupportedClause(String clause, String position) {
        return "Unsupported clause: " + clause + " at " + position;
    }

    static String duplicateMapKey(String key, String position) {
        return "Duplicate keys in tuple. Key: " + key + " under root at " + position;
    }

    static String missingInValue(String position) {
        return "Unsupported data type: MISSING under key root at " + position;
    }

    static String emptyBag(String position) {
        return "Empty bags are not supported at " + position;
    }
}
