package dev.dynamoobjects.mock.internal.validation;

import dev.dynamoobjects.mock.internal.limit.Limits;
import java.util.Collection;
import java.util.List;

/**
 * Every message text the engine returns, worded (spacing and typos included) as DynamoDB Local 3.1.0
 * words it, so that tests asserting on messages pass on both backends.
 */
public final class Messages {
    public static final String TABLE_NOT_FOUND = "Cannot do operations on a non-existent table";
    public static final String RESOURCE_NOT_FOUND = "Requested resource not found";
    public static final String TABLE_EXISTS = "Cannot create preexisting table";
    public static final String DELETION_PROTECTED = "Resource cannot be deleted as it is currently protected against"
            + " deletion. Disable deletion protection first.";
    public static final String INVALID_NAME = "Invalid table/index name.  Table/index names must be between 3 and 255"
            + " characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";
    public static final String NO_THROUGHPUT = "No provisioned throughput specified for the table";
    public static final String THROUGHPUT_TOO_LOW = "Table read and write throughput must be at least 1, and cannot be null";
    public static final String KEY_COUNT_MISMATCH = "The number of attributes in key schema must match the number of"
            + " attributes defined in attribute definitions.";
    public static final String NO_KEY_SCHEMA = "No defined key schema.  A key schema containing at least a hash key"
            + " must be defined for all tables";
    /** DynamoDB Local's text, kept for a multi-attribute key's HASH element after a RANGE one (no DynamoDB source). */
    public static final String KEY_ORDER = "Invalid key order. Hash Key must be specified first in key schema, Range"
            + " Key must be specifed second";
    // The key schema texts of DynamoDB, recorded by dynalite's CreateTable tests; DynamoDB Local words them
    // "Invalid key order. ...", "No Hash Key specified in schema. ...", "Too many hash keys specified. ...",
    // "Two keys can not have the same name".
    public static final String FIRST_KEY_NOT_HASH = "Invalid KeySchema: The first KeySchemaElement is not a HASH key"
            + " type";
    public static final String SECOND_KEY_NOT_RANGE = "Invalid KeySchema: The second KeySchemaElement is not a RANGE"
            + " key type";
    public static final String ATTRIBUTE_TYPE_ENUM = "Member must satisfy enum value set: [B, N, S]";
    public static final String MISSING_KEY_VALUE = "One of the required keys was not given a value";
    /** How {@link #keyTypeMismatch} starts. */
    public static final String KEY_TYPE_MISMATCH = "One or more parameter values were invalid: Type mismatch for key";
    public static final String KEY_SCHEMA_MISMATCH = "The provided key element does not match the schema";
    public static final String NULL_KEY = "Cannot have null key for GetItem, DeleteItem, or UpdateItem";
    public static final String KEY_TOO_LARGE = "Hash primary key values must be under 2048 bytes, and range primary"
            + " key values must be under 1024 bytes";
    /**
     * A sort key, or a Query's sort-key operand, longer than 1024 bytes (DynamoDB's text, quoted in ScyllaDB's
     * Alternator tests and used by dynalite; DynamoDB Local answers a Query so).
     */
    public static final String SORT_KEY_CONDITION_TOO_LARGE = "One or more parameter values were invalid: Aggregated size"
            + " of all range keys has exceeded the size limit of 1024 bytes";
    public static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";
    public static final String ITEM_TO_UPDATE_TOO_LARGE = "Item size to update has exceeded the maximum allowed size";
    public static final String EMPTY_VALUE = "Supplied AttributeValue is empty, must contain exactly one of the"
            + " supported datatypes";
    /** For an AttributeValue with several of S, N, B, ... set (only a hand-written JSON body can send one). */
    public static final String SEVERAL_TYPES = "Supplied AttributeValue has more than one datatypes set, must contain"
            + " exactly one of the supported datatypes";
    /** For a JSON null where a list of a body sent an AttributeValue ({@code "L":[null]}). */
    public static final String NULL_VALUE = "The supplied Item contains a null AttributeValue";
    public static final String EMPTY_ATTRIBUTE_NAME = "Empty attribute name";
    public static final String ATTRIBUTE_NAME_TOO_LARGE = "Attribute name is too large, must be less than 65536 bytes";
    public static final String NULL_NOT_TRUE = "One or more parameter values were invalid: Null attribute value types"
            + " must have the value of true";
    /** For an item an UpdateExpression nests too deep. */
    public static final String NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits";
    /** For an item or a value given nested too deep. */
    public static final String NESTING_TOO_DEEP_IN_ITEM = NESTING_TOO_DEEP + ": Attributes in the item have nested"
            + " levels beyond supported limit";
    public static final String NUMBER_SET_DUPLICATES = "Input collection contains duplicates";
    /** Binary sets are not listed: their members have no text to show. */
    public static final String BINARY_SET_DUPLICATES = "One or more parameter values were invalid: Input collection of"
            + " type BS contains duplicates.";
    public static final String CONDITION_FAILED = "The conditional request failed";

    public static final String DUPLICATE_ATTRIBUTE = "Cannot have two attributes with the same name";
    public static final String ATTRIBUTE_VALUE_TYPE = "Invalid Attribute value. Must contain exactly one of the"
            + " supported datatypes.";
    public static final String KEY_TYPE_MISSING = "One or more keys is not specified as being hash or range.";
    public static final String KEY_SCHEMA_TOO_BIG = "Key Schema too big.  Key Schema must at most consist of the"
            + " hash and range key of a table";
    // DynamoDB does not publish the texts of its multi-attribute key errors; these follow its wording
    // of DynamoDB Local's single-attribute ones ("Too many hash keys specified. ...", KEY_SCHEMA_TOO_BIG).
    public static final String TOO_MANY_INDEX_HASH_KEYS = "Too many hash keys specified.  A global secondary index"
            + " key schema can have at most 4 hash keys";
    public static final String TOO_MANY_INDEX_RANGE_KEYS = "Too many range keys specified.  A global secondary index"
            + " key schema can have at most 4 range keys";
    public static final String SAME_KEY_NAME = "Both the Hash Key and the Range Key element in the KeySchema have the"
            + " same name";
    public static final String THROUGHPUT_TOO_HIGH = "Cannot increase provisioned throughput to more than 40,000"
            + " units per table";
    public static final String GSI_NO_THROUGHPUT = "No provisioned throughput specified for the global secondary"
            + " index";
    // Local indexes' and projections' texts of DynamoDB, recorded by dynalite's CreateTable tests (DynamoDB Local
    // words them "Local Secondary indices ...", "If Projection type INCLUDE is specified, ...").
    public static final String LSI_ON_HASH_TABLE = "One or more parameter values were invalid: Table KeySchema does not"
            + " have a range key, which is required when specifying a LocalSecondaryIndex";
    public static final String INCLUDE_WITHOUT_ATTRIBUTES = "One or more parameter values were invalid: ProjectionType"
            + " is INCLUDE, but NonKeyAttributes is not specified";
    public static final String NO_PROJECTION_TYPE = "One or more parameter values were invalid: Unknown ProjectionType:"
            + " null";
    /**
     * UpdateTable with nothing to change: DynamoDB's text as recorded in 2026 (the ACK controller's catalogue,
     * DDB-TABLE-442; dynalite records an older, shorter list); DynamoDB Local says "Nothing to update".
     */
    public static final String NOTHING_TO_UPDATE = "At least one of ProvisionedThroughput, BillingMode,"
            + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates,"
            + " MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled,"
            + " OnDemandThroughput, WarmThroughput or TableClass is required";
    // CreateTable's and UpdateTable's texts where DynamoDB Local words them otherwise (or does not check): those of
    // DynamoDB, as recorded in the public catalogue of DynamoDB answers kept for the ACK DynamoDB controller
    // (DDB-TABLE-442), in dynalite's tests and in issues quoting DynamoDB (aws/aws-cli, architect/architect).
    public static final String TOO_MANY_GLOBAL_INDEXES = "One or more parameter values were invalid:"
            + " GlobalSecondaryIndex count exceeds the per-table limit of " + Limits.MAX_GLOBAL_INDEXES;
    public static final String TOO_MANY_LOCAL_INDEXES = "One or more parameter values were invalid: Number of"
            + " LocalSecondaryIndexes exceeds per-table limit of " + Limits.MAX_LOCAL_INDEXES;
    /** DynamoDB's text as a CloudFormation linter quotes it; the count is of NonKeyAttributes, index by index. */
    public static final String TOO_MANY_PROJECTED_ATTRIBUTES = "One or more parameter values were invalid: Number of"
            + " projected attributes in all indexes exceeds limit of " + Limits.MAX_PROJECTED_ATTRIBUTES;
    public static final String INVALID_TABLE_CLASS = "Invalid table-class parameter provided. Please try again with a"
            + " valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].";
    public static final String INDEX_EXISTS = "Attempting to create an index which already exists";
    /** The LimitExceededException of an UpdateTable that creates or deletes a second index. */
    public static final String ONE_ONLINE_INDEX = "Subscriber limit exceeded: Only 1 online index can be created or"
            + " deleted simultaneously per table";

    // Control-plane texts taken from DynamoDB Local, for want of a DynamoDB source.
    /** The LimitExceededException of an UpdateTable that would take a table past its global indexes. */
    public static final String GLOBAL_INDEX_LIMIT_ON_UPDATE = "Number of global secondary indexes exceeds per-table"
            + " limit";
    /** For an UpdateTable that updates a global index the table lacks. */
    public static final String NO_SUCH_GLOBAL_INDEX = "Invalid global secondary index name";
    public static final String GSI_THROUGHPUT_TOO_LOW = "Global Secondary Index's read and write throughput must be at"
            + " least 1, and cannot be null";
    public static final String GSI_THROUGHPUT_TOO_HIGH = "Cannot increase provisioned throughput to more than 40,000"
            + " units per global secondary index";
    public static final String PROJECTION_TYPE_ENUM = "Projection type must be INCLUDE, ALL, or KEYS_ONLY";
    /** For a projected attribute name that is empty or longer than 255 characters. */
    public static final String PROJECTED_NAME_LENGTH = "Names of key attributes and attributes projected into an index"
            + " must be between 1 and 255 characters, inclusive";
    /** For CreateTable with an empty AttributeDefinitions list. */
    public static final String NO_ATTRIBUTE_SCHEMA = "No Attribute Schema Defined";

    public static final String TTL_ALREADY_ENABLED = "TimeToLive is already enabled";
    public static final String TTL_ALREADY_DISABLED = "TimeToLive is already disabled";
    public static final String GSI_CONSISTENT_QUERY = "Consistent read cannot be true when querying a GSI";
    public static final String GSI_CONSISTENT_SCAN = "Consistent read cannot be true when scanning a GSI";
    public static final String THROUGHPUT_ON_DEMAND = "One or more parameter values were invalid: Neither"
            + " ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";
    public static final String ATTRIBUTE_REDEFINED = "invalid attribute, SchemaElement redefined should be of same"
            + " type as previously defined";
    public static final String START_KEY_OUTSIDE_SEGMENT = "Exclusive start key must lie within the segment";
    /** How {@link #indexKeyTypeMismatch} starts. */
    public static final String INDEX_KEY_TYPE_MISMATCH = "One or more parameter values were invalid: Type mismatch"
            + " for Index Key";
    public static final String RETURN_VALUES_INVALID = "Return values set to invalid value";
    public static final String PROJECTED_WITHOUT_INDEX = "ALL_PROJECTED_ATTRIBUTES can be used only when Querying"
            + " using an IndexName";
    public static final String SPECIFIC_WITHOUT_PROJECTION = "Must specify the AttributesToGet or"
            + " ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES";
    public static final String SEGMENT_WITHOUT_TOTAL = "If segment is specified, total segment must also be specified";
    public static final String TOTAL_WITHOUT_SEGMENT = "If total segments is specified, a particular segment must"
            + " also be specified for this request";

    public static final String CONDITIONAL_OPERATOR_ALONE = "ConditionalOperator cannot be used without Filter or"
            + " Expected";

    public static final String NO_TABLE_ARN = "Invalid TableArn";
    public static final String NO_TAGS = "Atleast one Tag needs to be provided as Input.";
    public static final String NO_TAG_KEYS = "Atleast one Tag Key needs to be provided as Input.";
    public static final String TOO_MANY_TAGS = "Number of Tags exceed the current limit for the provided ResourceArn";

    public static final String NAMES_WITHOUT_EXPRESSIONS = "ExpressionAttributeNames can only be specified when"
            + " using expressions";
    // What a request given ExpressionAttributeValues lacks, per operation, as DynamoDB names it.
    public static final String NULL_CONDITION = "ConditionExpression is null";
    public static final String NULL_UPDATE_AND_CONDITION = "UpdateExpression and ConditionExpression are null";
    public static final String NULL_FILTER_AND_KEY_CONDITION = "FilterExpression and KeyConditionExpression are null";
    public static final String NULL_FILTER = "FilterExpression is null";
    public static final String NO_KEY_CONDITION = "Either the KeyConditions or KeyConditionExpression parameter"
            + " must be specified in the request.";
    public static final String START_KEY_SIZE = "Exclusive Start Key must have same size as table's key schema";
    public static final String START_KEY_OUTSIDE_QUERY = "The provided starting key does not match the range key"
            + " predicate";

    private Messages() {
    }

    /** The message for a key attribute missing from the definitions, by key role ("Hash" or "Range"). */
    public static String keyNotDefined(String role) {
        return role + " Key not specified in Attribute Definitions.  Type unknown.";
    }


    /** The message for a key attribute of an item given a value of another type; types by their short names. */
    public static String keyTypeMismatch(String name, String expected, String actual) {
        return KEY_TYPE_MISMATCH + " " + name + " expected: " + expected + " actual: " + actual;
    }

    /** The message for an index key attribute of an item given a value of another type. */
    public static String indexKeyTypeMismatch(String name, String expected, String actual, String index) {
        return INDEX_KEY_TYPE_MISMATCH + " " + name + " Expected: " + expected + " Actual: " + actual
                + " IndexName: " + index;
    }

    /** The message for an empty string or binary in a key attribute. */
    public static String emptyKey(String typeName, String name) {
        return "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                + " an empty " + typeName + " value. Key: " + name;
    }

    /** The message for an empty set; {@code setName} is "string", "number" or "binary". */
    public static String emptySet(String setName) {
        if (setName.equals("binary")) {
            return "One or more parameter values were invalid: Binary sets should not be empty";
        }
        return "One or more parameter values were invalid: An " + setName + " set  may not be empty";
    }

    /** The message for a string set with repeated members. */
    /** For a JSON null given as an attribute's or a map member's value ({@code "M":{"a":null}}). */
    public static String nullValue(String name) {
        return NULL_VALUE + ": " + name + " is null";
    }

    /** For a JSON null among a string or binary set's members. */
    public static String nullSetMember(String setName) {
        return "One or more parameter values were invalid: An " + setName + " set may not have a null string as a member";
    }

    public static String setDuplicates(String members) {
        return "One or more parameter values were invalid: Input collection " + members + " contains duplicates";
    }

    /** The message for an index key attribute missing from the definitions. */
    public static String indexKeyNotDefined(String role) {
        return "Global Secondary Index " + role.toLowerCase(java.util.Locale.ROOT) + " key not specified in Attribute Definitions.Type unknown.";
    }

    /** The message for an index update that sets provisioned throughput on an on-demand table. */
    public static String indexUpdateOnDemand(String index) {
        return "One or more parameter values were invalid: The only Updates for index: " + index
                + " when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput";
    }

    /**
     * The message for an UpdateTable that asks for the throughput the table has: DynamoDB's, as dynalite
     * records it (DynamoDB Local says "The requested throughput value equals the current value").
     */
    public static String throughputUnchanged(long read, long write, long requestedRead, long requestedWrite) {
        return "The provisioned throughput for the table will not change. The requested value equals the current"
                + " value. Current ReadCapacityUnits provisioned for the table: " + read + ". Requested"
                + " ReadCapacityUnits: " + requestedRead + ". Current WriteCapacityUnits provisioned for the table: "
                + write + ". Requested WriteCapacityUnits: " + requestedWrite + ". Refer to the Amazon DynamoDB"
                + " Developer Guide for current limits and how to request higher limits.";
    }

    /**
     * The message for an UpdateTimeToLive naming another attribute than the enabled one: DynamoDB's, as AWS
     * clients quote it (DynamoDB Local stops before the colon).
     */
    public static String timeToLiveOnOtherAttribute(String current) {
        return "TimeToLive is active on a different AttributeName: current AttributeName is " + current;
    }

    /** The message for a local index whose key has no sort key. */
    public static String localIndexWithoutRange(String index) {
        return "One or more parameter values were invalid: Index KeySchema does not have a range key for index: " + index;
    }

    /** The message for a local index on another partition key than the table's. */
    public static String localIndexOtherHash(String index, String indexHash, String tableHash) {
        return "One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as"
                + " table KeySchema for index: " + index + ". index hash key: " + indexHash + ", table hash key: "
                + tableHash;
    }

    /** The message for NonKeyAttributes beside a projection of ALL or KEYS_ONLY. */
    public static String attributesWithoutInclude(String projectionType) {
        return "One or more parameter values were invalid: ProjectionType is " + projectionType + ", but"
                + " NonKeyAttributes is specified";
    }

    /** The message for GlobalSecondaryIndexes or LocalSecondaryIndexes given as an empty list. */
    public static String emptyIndexList(String member) {
        return "One or more parameter values were invalid: List of " + member + " is empty";
    }

    /** The message for an UpdateTable that names one global index in several of its updates. */
    public static String oneUpdatePerIndex(String index) {
        return "One or more parameter values were invalid: Only one global secondary index update per index is allowed"
                + " simultaneously. Index: " + index;
    }

    /** The message for an on-demand maximum of 0 or below -1; {@code units} is MaxReadRequestUnits or MaxWriteRequestUnits. */
    public static String onDemandOutOfRange(String units) {
        return "One or more parameter values were invalid: Requested " + units + " for OnDemandThroughput for table is"
                + " outside of valid range";
    }

    /** The message for a table turned provisioned without the throughput of one of its global indexes. */
    public static String indexThroughputRequired(String index) {
        return "One or more parameter values were invalid: ProvisionedThroughput must be specified for index: " + index;
    }

    /** The message for an on-demand maximum given to a provisioned table; {@code units} names the maximum. */
    public static String onDemandOnProvisioned(String units) {
        return "One or more parameter values were invalid: " + units + " for OnDemandThroughput cannot be specified"
                + " when the table BillingMode is PROVISIONED";
    }

    /** The message for an UpdateTable that updates or deletes ({@code action}) a local index as if global. */
    public static String notAGlobalIndex(String action, String index) {
        return "Cannot " + action + " an index that is not a GlobalSecondaryIndex: " + index;
    }

    /** The message for an UpdateTable that creates an index without AttributeDefinitions. */
    public static String definitionsForIndex(String index) {
        return "One or more parameter values were invalid: AttributeDefinitions is not specified for index: " + index;
    }

    /** The message for two indexes of one name. */
    public static String duplicateIndex(String name) {
        return "One or more parameter values were invalid: Duplicate index name: " + name;
    }

    /** The message for an empty string or binary in an index key attribute. */
    public static String emptyIndexKey(String typeName, String index, String attribute) {
        return "One or more parameter values are not valid. A value specified for a secondary index key is not"
                + " supported. The AttributeValue for a key attribute cannot contain an empty " + typeName
                + " value. IndexName: " + index + ", IndexKey: " + attribute;
    }

    /** The message for a Query or Scan naming an index the table lacks. */
    public static String noSuchIndex(String index) {
        return "The table does not have the specified index: " + index;
    }

    /** The message for Select=ALL_ATTRIBUTES on a global index that does not project all. */
    public static String selectAllOnGsi(String index) {
        return "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global"
                + " secondary index " + index + " because its projection type is not ALL";
    }

    /** The constraint on a name's characters, as DynamoDB's request validation words it. */
    public static final String NAME_PATTERN = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";
    /** The constraint on a required member, as DynamoDB's request validation words it. */
    public static final String NOT_NULL = "Member must not be null";

    /** The message for a member outside its allowed range, as DynamoDB's request validation words it. */
    public static String memberAtMost(String value, String member, long max) {
        return validationErrors(List.of(violation(value, member, valueAtMost(max))));
    }

    /** One constraint violation of DynamoDB's request validation; a null value prints as {@code null}. */
    public static String violation(String value, String member, String constraint) {
        return "Value " + (value == null ? "null" : "'" + value + "'") + " at '" + member
                + "' failed to satisfy constraint: " + constraint;
    }

    /** The message for every constraint violation of one request, as DynamoDB reports them together. */
    public static String validationErrors(List<String> violations) {
        return violations.size() + (violations.size() == 1 ? " validation error" : " validation errors")
                + " detected: " + String.join("; ", violations);
    }

    /** The violation for table-name map keys (BatchGetItem, BatchWriteItem), reported without echoing the map. */
    public static String mapKeysViolation(String member, List<String> constraints) {
        return "Value at '" + member + "' failed to satisfy constraint: Map keys must satisfy constraint: "
                + constraints;
    }

    public static String lengthAtLeast(long min) {
        return "Member must have length greater than or equal to " + min;
    }

    public static String lengthAtMost(long max) {
        return "Member must have length less than or equal to " + max;
    }

    public static String valueAtLeast(long min) {
        return "Member must have value greater than or equal to " + min;
    }

    public static String valueAtMost(long max) {
        return "Member must have value less than or equal to " + max;
    }

    /** The constraint on an enum member, as DynamoDB's request validation words it. */
    public static String enumValueSet(Collection<String> allowed) {
        return "Member must satisfy enum value set: " + allowed;
    }

    /** The message for a Select of COUNT or ALL_ATTRIBUTES beside AttributesToGet or a ProjectionExpression. */
    public static String projectionWithSelect(String parameter, String select) {
        return "Cannot specify the " + parameter + " when choosing to get "
                + (select.equals("COUNT") ? "only the Count" : select);
    }

    /** The message for a required member left out, as DynamoDB's request validation words it. */
    public static String memberNull(String member) {
        return "1 validation error detected: Value null at '" + member + "' failed to satisfy constraint: Member must"
                + " not be null";
    }

    /** The message for a string member shorter than its minimum, as DynamoDB's request validation words it. */
    public static String memberTooShort(String value, String member, int min) {
        return "1 validation error detected: Value '" + value + "' at '" + member + "' failed to satisfy constraint:"
                + " Member must have length greater than or equal to " + min;
    }

    /** The message for a string member longer than its maximum, as DynamoDB's request validation words it. */
    public static String memberTooLong(String value, String member, int max) {
        return "1 validation error detected: Value '" + value + "' at '" + member + "' failed to satisfy constraint:"
                + " Member must have length less than or equal to " + max;
    }

    /** The message for a ResourceArn that is no ARN at all. */
    public static String notAnArn(String arn) {
        return "One or more parameter values were invalid: ARNs must start with 'arn:': " + arn;
    }

    /** The message for an ARN that names no table. */
    public static String notATableArn(String arn) {
        return "Invalid TableArn: Invalid ResourceArn provided as input " + arn;
    }

    /** The message for a well-formed table ARN of a table that does not exist. */
    public static String noResourceWithArn(String arn) {
        return "Requested resource not found: ResourceArn: " + arn + " not found";
    }

    public static String invalidTagKey(String key) {
        return "The Tag Key provided is invalid, Key: " + key;
    }

    public static String invalidTagValue(String value) {
        return "The Tag Value provided is invalid, Value: " + value;
    }

    public static String reservedTagKey(String key) {
        return "Tag Key cannot be prefixed with aws:, Key: " + key;
    }

    public static String duplicateTagKey(String key) {
        return "Duplicate Tag Keys provided as input: Duplicate Tag Key found " + key;
    }

    /** The message for a member below its allowed range, as DynamoDB's request validation words it. */
    public static String memberAtLeast(String value, String member, long min) {
        return "1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must have value greater than or equal to " + min;
    }

    /** DynamoDB's TableNotFoundException text of the continuous-backup operations. */
    public static String tableNotFound(String table) {
        return "Table not found: " + table;
    }

    /** The text of UnknownOperationException for a DynamoDB operation the emulator does not implement. */
    public static String unsupportedOperation(String operation) {
        return "The operation " + operation + " is not supported by this DynamoDB emulator.";
    }

    /** The text of the ValidationException for a request parameter the emulator does not implement. */
    public static String unsupportedParameter(String operation, String parameter) {
        return "The parameter " + parameter + " of " + operation + " is not supported by this DynamoDB emulator.";
    }

    /** The message for a global index given throughput on an on-demand table. */
    public static String indexThroughputOnDemand(String index) {
        return "One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: "
                + index + " when BillingMode is PAY_PER_REQUEST";
    }

    /** The message for an UpdateItem that writes a key attribute. */
    public static String keyAttributeUpdated(String name) {
        return "One or more parameter values were invalid: Cannot update attribute " + name
                + ". This attribute is part of the key";
    }


    /** The message for an UpdateExpression that sets an index key attribute to an empty string or binary. */
    public static String emptyIndexKeyFromUpdate(String typeName) {
        return "One or more parameter values are not valid. The update expression attempted to update a secondary"
                + " index key to a value that is not supported. The AttributeValue for a key attribute cannot"
                + " contain an empty " + typeName + " value.";
    }

    /** The message for a Query of an index whose filter names attributes the index does not project. */
    public static String filterNotProjected(String index, Collection<String> attributes) {
        return "One or more parameter values were invalid: Secondary index " + index
                + " does not project one or more filter attributes: " + attributes;
    }

    /** The message for a read of a global index that projects attributes the index does not hold. */
    public static String projectionNotProjected(String index, Collection<String> attributes) {
        return "One or more parameter values were invalid: Global secondary index " + index + " does not project "
                + attributes;
    }

    /** The message for ExpressionAttributeValues without an expression that reads values (see {@link #NULL_CONDITION}). */
    public static String valuesWithoutExpressions(String nullExpressions) {
        return "ExpressionAttributeValues can only be specified when using expressions: " + nullExpressions;
    }

    /** The message for a request that sets both a legacy parameter and the expression replacing it. */
    public static String mixedParameters(String legacy, String expression) {
        return "Can not use both expression and non-expression parameters in the same request: Non-expression"
                + " parameters: {" + legacy + "} Expression parameters: {" + expression + "}";
    }
}
