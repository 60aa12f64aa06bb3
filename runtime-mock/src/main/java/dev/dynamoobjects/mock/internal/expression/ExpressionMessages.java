package dev.dynamoobjects.mock.internal.expression;

import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Collection;

/**
 * Every message text the expression language emits, as DynamoDB (checked against DynamoDB Local
 * 3.1.0) spells it. Parse-time problems read {@code Invalid <Parameter>: <problem>; <key>: <value>},
 * which {@link #invalid} assembles.
 */
final class ExpressionMessages {
    private ExpressionMessages() {
    }

    // ---- parse-time problems, reported as "Invalid <Parameter>: <detail>" ----

    static String invalid(ExpressionKind kind, String detail) {
        return "Invalid " + kind.parameter() + ": " + detail;
    }

    static String syntaxError(String token, String near) {
        return "Syntax error; token: \"" + token + "\", near: \"" + near + "\"";
    }

    static String emptyExpression() {
        return "The expression can not be empty;";
    }

    /**
     * An expression over 4 KB. DynamoDB names the size for conditions, filters, key conditions and
     * projections, but not for an update expression (quoted from AWS in issue threads and answered so by
     * DynamoDB Local).
     */
    static String expressionTooLarge(ExpressionKind kind, int size) {
        String text = "Expression size has exceeded the maximum allowed size;";
        return kind == ExpressionKind.UPDATE ? text : text + " expression size: " + size;
    }

    static String tooManyOperators(int count) {
        return "The expression contains too many operators; operator count: " + count;
    }

    static String redundantParentheses() {
        return "The expression has redundant parentheses;";
    }

    static String reservedKeyword(String word) {
        return "Attribute name is a reserved keyword; reserved keyword: " + word;
    }

    static String undefinedName(String name) {
        return "An expression attribute name used in the document path is not defined; attribute name: " + name;
    }

    static String undefinedValue(String value) {
        return "An expression attribute value used in expression is not defined; attribute value: " + value;
    }

    static String pathTooDeep(int levels) {
        return "The document path has too many nesting levels; nesting levels: " + levels;
    }

    static String listIndexOutOfRange(String index) {
        return "List index is not within the allowable range; index: [" + index + "]";
    }

    static String invalidFunction(String name) {
        return "Invalid function name; function: " + name;
    }

    static String functionNotAllowedInCondition(String name) {
        return "The function is not allowed in a condition expression; function: " + name;
    }

    static String functionNotAllowedInUpdate(String name) {
        return "The function is not allowed in an update expression; function: " + name;
    }

    static String functionMisused(String name) {
        return "The function is not allowed to be used this way in an expression; function: " + name;
    }

    static String operandCount(String operator, int count) {
        return "Incorrect number of operands for operator or function; operator or function: " + operator
                + ", number of operands: " + count;
    }

    static String operandType(String operator, String type) {
        return "Incorrect operand type for operator or function; operator or function: " + operator
                + ", operand type: " + type;
    }

    /** DynamoDB's text for ADD and DELETE given a value of the wrong type. */
    static String actionOperandType(String action, String type) {
        return "Incorrect operand type for operator or function; operator: " + action + ", operand type: " + type
                + ", typeSet: ALLOWED_FOR_" + action + "_OPERAND";
    }

    /** DynamoDB Local's text when attribute_type's second operand is a document path. */
    static String attributeTypeOfPath() {
        return operandType("attribute_type",
                "{HD,N,NULL,DECIMALSET,DOUBLESET,DECIMAL,FLOAT,BOOL,S,NS,BS,INTSET,B,HDS,FS,L,DOUBLE,SS,DICT,INT,M}");
    }

    static String invalidAttributeType(String type) {
        return "Invalid attribute type name found; type: " + type + ", valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}";
    }

    static String requiresPath(String operator) {
        return "Operator or function requires a document path; operator or function: " + operator;
    }

    static String operandsNotDistinct(String operator, String path) {
        return "The first operand must be distinct from the remaining operands for this operator or function; operator: "
                + operator + ", first operand: " + path;
    }

    static String betweenBoundsOrder(String lower, String upper) {
        return "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: "
                + lower + ", upper bound operand: " + upper;
    }

    static String betweenBoundsType(String lower, String upper) {
        return "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: "
                + lower + ", upper bound operand: " + upper;
    }

    static String tooManyInOperands(int count) {
        return "The IN operator is provided with too many operands; number of operands: " + count;
    }

    static String duplicateSection(String section) {
        return "The \"" + section + "\" section can only be used once in an update expression;";
    }

    static String pathsOverlap(String one, String two) {
        return "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                + one + ", path two: " + two;
    }

    static String pathsConflict(String one, String two) {
        return "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                + one + ", path two: " + two;
    }

    // ---- problems with ExpressionAttributeNames / ExpressionAttributeValues ----

    static String namesEmpty() {
        return "ExpressionAttributeNames must not be empty";
    }

    static String valuesEmpty() {
        return "ExpressionAttributeValues must not be empty";
    }

    static String invalidNameKey(String key) {
        return "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"";
    }

    static String invalidValueKey(String key) {
        return "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"";
    }

    static String nameKeyTooLong(int size) {
        return "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: "
                + size;
    }

    static String valueKeyTooLong() {
        return "ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;";
    }

    static String emptyAttributeName(String key) {
        return "ExpressionAttributeNames contains invalid value: Empty attribute name for key " + key;
    }

    static String attributeNameTooLarge(String key) {
        return "ExpressionAttributeNames contains invalid value: Attribute name is too large, must be less than 65536 bytes for key "
                + key;
    }

    static String invalidValue(String problem, String key) {
        return "ExpressionAttributeValues contains invalid value: " + problem + " for key " + key;
    }

    static String emptySet(String setType) {
        switch (setType) {
            case "SS":
                return Messages.emptySet("string");
            case "NS":
                return Messages.emptySet("number");
            default:
                return Messages.emptySet("binary");
        }
    }

    static String duplicatesInSet(Collection<?> elements) {
        return "One or more parameter values were invalid: Input collection " + elements + " contains duplicates";
    }

    static String duplicatesInNumberSet() {
        return Messages.NUMBER_SET_DUPLICATES;
    }

    static String duplicatesInBinarySet() {
        return Messages.BINARY_SET_DUPLICATES;
    }

    static String unusedNames(Collection<String> keys) {
        return "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + String.join(", ", keys) + "}";
    }

    static String unusedValues(Collection<String> keys) {
        return "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + String.join(", ", keys) + "}";
    }

    // ---- problems found while applying an update to an item ----

    static String attributeMissing() {
        return "The provided expression refers to an attribute that does not exist in the item";
    }

    static String invalidUpdatePath() {
        return "The document path provided in the update expression is invalid for update";
    }

    static String wrongOperandType() {
        return "An operand in the update expression has an incorrect data type";
    }

    // ---- key conditions (Query) ----

    static String invalidKeyOperator(String operator) {
        return "Invalid operator used in KeyConditionExpression: " + operator;
    }

    static String missedKeyElement(String name) {
        return "Query condition missed key schema element: " + name;
    }

    static String oneConditionPerKey() {
        return "KeyConditionExpressions must only contain one condition per key";
    }

    static String tooManyKeyConditions() {
        return "Conditions can be of length 1 or 2 only";
    }

    // DynamoDB does not publish the text of this multi-attribute key error; it starts as its
    // other unsupported key conditions do.
    static String sortAttributeOutOfOrder(String attribute, String before) {
        return "Query key condition not supported: a condition on sort key attribute " + attribute
                + " needs an equality condition on " + before + " before it";
    }

    static String keyConditionNotSupported() {
        return "Query key condition not supported";
    }

    static String nestedKeyOperation() {
        return "KeyConditionExpressions cannot contain nested operations";
    }

    static String filterExpressionOnKey(String key) {
        return "Filter Expression can only contain non-primary key attributes: Primary key attribute: " + key;
    }

    static String queryFilterOnKey(String key) {
        return "QueryFilter can only contain non-primary key attributes: Primary key attribute: " + key;
    }

    private static final String KEY_NOT_SCALAR = "Key attributes must be scalars; list random access '[]' and map lookup"
            + " '.' are not allowed: ";

    static String keyNotScalar(String key) {
        return KEY_NOT_SCALAR + "Key: " + key;
    }

    static String indexKeyNotScalar(String key) {
        return KEY_NOT_SCALAR + "IndexKey: " + key;
    }

    static String keyTypeMismatch() {
        return "One or more parameter values were invalid: Condition parameter type does not match schema type";
    }

    // ---- legacy parameters (Expected, QueryFilter, ScanFilter, KeyConditions, AttributeUpdates) ----

    private static final String INVALID_PARAMETER = "One or more parameter values were invalid: ";

    static String legacyArgumentCount(String operator) {
        return INVALID_PARAMETER + "Invalid number of argument(s) for the " + operator + " ComparisonOperator";
    }

    static String legacyOperandType(String operator, String type) {
        return INVALID_PARAMETER + "ComparisonOperator " + operator + " is not valid for " + type + " AttributeValue type";
    }

    static String legacyMixedTypes() {
        return INVALID_PARAMETER + "AttributeValues inside AttributeValueList must be of same type";
    }

    static String legacyBetweenOrder() {
        return "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound";
    }

    static String legacyValueRequired(Boolean exists, String attribute) {
        return INVALID_PARAMETER + "Value must be provided when Exists is " + exists + " for Attribute: " + attribute;
    }

    static String legacyValueWithoutExists(String attribute) {
        return INVALID_PARAMETER + "Value cannot be used when Exists is false for Attribute: " + attribute;
    }

    static String legacyValueAndList(String attribute) {
        return INVALID_PARAMETER + "Value and AttributeValueList cannot be used together for Attribute: " + attribute;
    }

    static String legacyExistsAndOperator(String attribute) {
        return INVALID_PARAMETER + "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute;
    }

    static String legacyConditionalOperatorNeedsTwo() {
        return "ConditionalOperator can only be used when Filter or Expected has two or more elements";
    }

    static String legacyNotIndexable() {
        return "Attempted conditional constraint is not an indexable operation";
    }

    static String legacyValueRequiredForAction() {
        return INVALID_PARAMETER + "Only DELETE action is allowed when no attribute value is specified";
    }

    static String legacyAddType(String type) {
        return INVALID_PARAMETER + "ADD action is not supported for the type " + type;
    }

    static String legacyDeleteType(String type) {
        return INVALID_PARAMETER + "DELETE action with value is not supported for the type " + type;
    }

    static String legacyTypeMismatch() {
        return "Type mismatch for attribute to update";
    }
}
