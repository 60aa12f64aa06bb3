package dev.dynamoobjects.mock.differential;

import dev.dynamoobjects.mock.fixtures.DocumentedNumbers;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Differences between the embedded engine and DynamoDB Local that are understood and written down,
 * each with the reason. The differential test counts and prints them instead of failing, so that
 * any other difference stands out; remove an entry once the engine and DynamoDB Local agree.
 */
enum KnownDifference {
    /**
     * DescribeTable's IndexSizeBytes: DynamoDB Local reports the whole table's size for each index; the
     * engine reports the size of the items the index holds, as DynamoDB documents it.
     */
    INDEX_SIZE_BYTES {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("DescribeTable") && withoutIndexSize(expected).equals(withoutIndexSize(actual));
        }
    },
    /**
     * A DeleteItem of an item that does not exist: DynamoDB Local returns ConsumedCapacity even when the
     * request did not ask for it; DynamoDB returns it only on request, and so does the engine.
     */
    UNASKED_CAPACITY_OF_MISSING_DELETE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("DeleteItem") && expected.contains("ConsumedCapacity=")
                    && !actual.contains("ConsumedCapacity=") && withoutCapacity(expected).equals(actual);
        }
    },

    /**
     * DynamoDB Local keeps the input spelling of numbers nested in lists and maps, in sets and in
     * arithmetic results ({@code 1.50}, {@code 1E+2}); DynamoDB documents that it trims leading and
     * trailing zeroes (Data types, "Number"), and the engine returns every number canonical. Explained
     * only when the engine's answer is DynamoDB Local's with its numbers canonical by this test's own
     * rule, never the engine's code.
     */
    NUMBER_SPELLING {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return !expected.equals(actual) && canonicalNumbers(expected).equals(actual);
        }
    },

    /**
     * An AttributeUpdates DELETE of an item that does not exist: DynamoDB Local creates the item with
     * only its key; DynamoDB creates nothing (API Reference, UpdateItem, AttributeUpdates: "DELETE -
     * Nothing happens; there is no attribute to delete"), and neither does the engine. The test
     * deletes Local's item afterwards, so the backends stay in step.
     */
    LEGACY_DELETE_OF_MISSING_ITEM {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("UpdateItem") && (expected.equals(actual) || actual.equals("UpdateItemResponse()"));
        }

        @Override
        boolean onlyAfterReconciling() {
            return true;
        }
    },

    /**
     * DynamoDB checks every request member against its API model before anything else and reports all
     * violations at once ("2 validation errors detected: ..."): enumerations, name patterns, lengths,
     * bounds. DynamoDB Local words some of them its own way ("Select must be ...", "Invalid table/index
     * name"), accepts others (an unknown ReturnConsumedCapacity) and checks some after looking the
     * table up. Explained only when every violation the engine names really is one ({@link Constraints})
     * and it names every violation DynamoDB Local names in the same shape.
     */
    REQUEST_VALIDATION_FIRST {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return Constraints.allBroken(actual) && Constraints.violations(actual).containsAll(
                    Constraints.violations(expected));
        }
    },

    /**
     * DynamoDB Local lets an UpdateItem, alone or in a transaction, give an index key a value of the
     * wrong type; DynamoDB refuses it as it refuses such a PutItem (pinned in
     * WhereLocalIsNotDynamoDbTest), and so does the engine.
     */
    INDEX_KEY_TYPE_ON_UPDATE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            if (expected.startsWith("UpdateItemResponse(") || expected.startsWith("TransactWriteItemsResponse(")) {
                return actual.contains("Type mismatch for Index Key");
            }
            // In a transaction cancelled for another item, the update is one more ValidationError reason.
            List<String> local = cancellationCodes(expected);
            List<String> engine = cancellationCodes(TYPE_DETAIL.matcher(actual).replaceAll("$1"));
            if (local.isEmpty() || local.size() != engine.size() || local.equals(engine)) {
                return false;
            }
            for (int i = 0; i < local.size(); i++) {
                boolean same = local.get(i).equals(engine.get(i));
                if (!same && !(local.get(i).equals("None") && engine.get(i).equals("ValidationError"))) {
                    return false;
                }
            }
            return true;
        }
    },

    /**
     * A number of more than 38 significant digits: DynamoDB Local answers "DynamoDB only supports
     * precision up to 38 digits"; DynamoDB answers "Attempting to store more than 38 significant digits
     * in a Number" (its answer to a PutItem of a 40-digit number, quoted in warpstreamlabs/bento#909),
     * as the engine does.
     */
    PRECISION_MESSAGE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.replace("DynamoDB only supports precision up to 38 digits",
                    "Attempting to store more than 38 significant digits in a Number").equals(actual);
        }
    },

    /**
     * A sum or difference that needs more than 38 digits: DynamoDB Local answers with its precision
     * text, DynamoDB with its overflow text (ScyllaDB's Alternator tests, run against DynamoDB, record
     * it; pinned in DynamoDbLocalConformanceTest), as the engine does.
     */
    IMPRECISE_ARITHMETIC {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("UpdateItem") && expected.endsWith("DynamoDB only supports precision up to 38 digits")
                    && actual.endsWith("Number overflow. Attempting to store a number with magnitude larger than"
                    + " supported range");
        }
    },

    /**
     * An item or value with several bad attributes (a bad number, an empty or duplicated set, an empty
     * or over-long name): each backend reports one of them, and which one DynamoDB Local picks
     * follows its own map order, which DynamoDB does not document. Explained only when both answers
     * are such item problems, for the same parameter.
     */
    ITEM_PROBLEM_PRECEDENCE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return !expected.equals(actual) && itemProblem(expected) != null
                    && itemProblem(expected).equals(itemProblem(actual));
        }
    },

    /**
     * A binary operand in an error message: DynamoDB Local prints its Java buffer
     * ({@code {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}}), DynamoDB base64 (pinned in
     * WhereLocalIsNotDynamoDbTest). Explained when the messages agree but for those operands.
     */
    BINARY_OPERAND_TEXT {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.contains("java.nio.HeapByteBuffer") && expected.replaceAll(LOCAL_BINARY, "{B:…}")
                    .equals(actual.replaceAll(BASE64_BINARY, "{B:…}"));
        }
    },

    /**
     * A key or index key of another type: DynamoDB names the attribute and both types ("... Type mismatch
     * for key id expected: S actual: N", recorded from AWS by paritysuite and dynalite), and so does the
     * engine; DynamoDB Local stops at "Type mismatch for key".
     */
    TYPE_MISMATCH_DETAIL {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.contains("Type mismatch for") && !expected.equals(actual)
                    && expected.equals(TYPE_DETAIL.matcher(actual).replaceAll("$1"));
        }
    },

    /**
     * A key or index key given a list, map, set, boolean or null: DynamoDB Local answers "Invalid
     * attribute value type"; DynamoDB names the attribute and both types as for any other type
     * (TYPE_MISMATCH_DETAIL's sources), and so does the engine.
     */
    NON_SCALAR_KEY_TYPE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.endsWith("(400): Invalid attribute value type")
                    && actual.matches(".*Type mismatch for (Index Key|key) .* [Aa]ctual: (L|M|NULL|BOOL|SS|NS|BS)\\b.*");
        }
    },

    /**
     * A key map that does not name exactly the key attributes: DynamoDB Local answers "The number of
     * conditions on the keys is invalid"; DynamoDB "The provided key element does not match the schema"
     * (recorded from AWS by paritysuite and dynalite; pinned in WhereLocalIsNotDynamoDbTest), as the
     * engine does.
     */
    KEY_SCHEMA_TEXT {
        @Override
        boolean explains(String kind, String expected, String actual) {
            String local = expected.replace("The number of conditions on the keys is invalid", Messages.KEY_SCHEMA_MISMATCH)
                    .replace("Invalid attribute value type", Messages.KEY_SCHEMA_MISMATCH);
            // A key map's value of another scalar type; an item's key says more (TYPE_MISMATCH_DETAIL).
            if (!kind.equals("PutItem") && local.endsWith("): " + Messages.KEY_TYPE_MISMATCH)) {
                local = local.replace(Messages.KEY_TYPE_MISMATCH, Messages.KEY_SCHEMA_MISMATCH);
            }
            return local.equals(actual);
        }
    },

    /**
     * A table name of one or two characters in an item operation: DynamoDB Local refuses it by its own
     * name rule (3 to 255 characters); DynamoDB's request validation takes 1 to 255 there (recorded
     * from AWS by paritysuite; pinned in WhereLocalIsNotDynamoDbTest), so the engine looks the table up.
     */
    SHORT_TABLE_NAME {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.startsWith("error ValidationException (400): Invalid table/index name.")
                    && actual.startsWith("error ResourceNotFoundException (400):");
        }
    },

    /**
     * ReturnItemCollectionMetrics SIZE on a table with a local index: DynamoDB Local returns no
     * ItemCollectionMetrics at all; DynamoDB returns the item collection's key and size estimate (API
     * Reference, ItemCollectionMetrics: "only returned if the request asked for it. If the table does not
     * have any local secondary indexes, this information is not returned"; pinned in
     * WhereLocalIsNotDynamoDbTest), as the engine does. Explained when that field is all that differs.
     */
    ITEM_COLLECTION_METRICS {
        @Override
        boolean explains(String kind, String expected, String actual) {
            if (expected.contains("ItemCollectionMetrics=") || !actual.contains("ItemCollectionMetrics=")) {
                return false;
            }
            String withoutMetrics = ITEM_COLLECTION_FIELD.matcher(actual).replaceAll("");
            // The rest of the answer may differ for another known reason (numbers' spelling, unasked capacity).
            return withoutMetrics.equals(expected) || explaining(kind, expected, withoutMetrics).isPresent();
        }
    },

    /**
     * Overlapping paths in an update or projection of three or more paths: both name the same first
     * path, but DynamoDB Local names as "path two" a path that may overlap nothing ("SET a = :n, a.b =
     * :n, c = :n" names [a] and [c]); the engine names the path that overlaps it ([a, b]). DynamoDB has
     * been quoted naming such a path too (dynamoose/dynamoose#214: "path one: [createdAt], path two:
     * [name]"), but the rule that picks it was not derived from the cases probed ("SET c = :n, a = :n,
     * a.b = :n" names [a, b]), so the engine keeps naming the overlapping pair.
     */
    OVERLAP_PATH_TWO {
        @Override
        boolean explains(String kind, String expected, String actual) {
            Matcher local = OVERLAP.matcher(expected);
            Matcher engine = OVERLAP.matcher(actual);
            return local.matches() && engine.matches() && local.group(1).equals(engine.group(1))
                    && !local.group(2).equals(engine.group(2));
        }
    },

    /**
     * A segment outside its range: DynamoDB Local compares it with TotalSegments and may name a bound the
     * value keeps ("Value '-1' at 'segment' ... less than or equal to 0"); DynamoDB checks each member's
     * own range (pinned in WhereLocalIsNotDynamoDbTest), as the engine does. Explained only when every
     * violation the engine names is one.
     */
    SEGMENT_RANGE {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.contains("at 'segment' failed to satisfy constraint: Member must have value less than or"
                    + " equal to") && Constraints.allBroken(actual);
        }
    },

    /**
     * An operation DynamoDB Local does not implement: tagging ("Tagging is not currently supported in DynamoDB
     * Local."), the continuous-backup operations and DescribeEndpoints ("Endpoint operations are not supported in
     * LocalDynamoDB"). The engine answers them as DynamoDB does (pinned in TaggingTest and
     * ControlPlaneWhereLocalIsNotDynamoDbTest).
     */
    NOT_IN_LOCAL {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.matches("error (UnknownOperationException|InvalidAction) \\(400\\): .*(not currently supported in"
                    + " DynamoDB Local\\.|currently not supported in DynamoDB Local\\.|not supported in LocalDynamoDB)");
        }
    },

    /**
     * The status a control-plane answer gives while DynamoDB works: CreateTable answers the table and its global
     * indexes CREATING, UpdateTable the table UPDATING, DeleteTable the table DELETING (API Reference, CreateTable:
     * "DynamoDB immediately returns a response with a TableStatus of CREATING"; UpdateTable: "the table status
     * changes from ACTIVE to UPDATING"; DeleteTable: "the table is in the DELETING state"; pinned in
     * ControlPlaneWhereLocalIsNotDynamoDbTest), as the engine does; DynamoDB Local answers ACTIVE. Explained only
     * when the answers differ in those statuses alone.
     */
    TRANSITIONAL_STATUS {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return !expected.equals(actual) && asLocalAnswers(kind, actual).equals(expected);
        }
    },

    /**
     * Provisioned throughput given to an on-demand table or to one of its global indexes: DynamoDB Local accepts
     * and ignores it; DynamoDB refuses it (pinned in WhereLocalIsNotDynamoDbTest), as the engine does.
     */
    THROUGHPUT_ON_DEMAND {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return (kind.equals("CreateTable") || kind.equals("UpdateTable"))
                    && (actual.endsWith("can be specified when BillingMode is PAY_PER_REQUEST")
                    || actual.matches(".*ProvisionedThroughput should not be specified for index: \\S+ when BillingMode"
                    + " is PAY_PER_REQUEST"));
        }
    },


    /**
     * A control-plane refusal DynamoDB Local words its own way; the engine words it as DynamoDB does (the public
     * catalogue of DynamoDB answers kept for the ACK DynamoDB controller, DDB-TABLE-442, and dynalite's tests,
     * both recorded from DynamoDB; pinned in ControlPlaneTextsTest). Explained only for these pairs of texts.
     */
    CONTROL_PLANE_WORDING {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return WORDINGS.stream().anyMatch(pair -> expected.matches(pair.get(0)) && actual.matches(pair.get(1)));
        }
    },

    /**
     * A table description that DynamoDB Local gives without what it does not keep or report: a global index's
     * NumberOfDecreasesToday (DynamoDB gives it for indexes as for tables: API Reference,
     * ProvisionedThroughputDescription, and its CreateTable and DescribeTable examples), the table class and
     * KMS encryption (pinned in ControlPlaneWhereLocalIsNotDynamoDbTest); and an UpdateTable that leaves out
     * DeletionProtectionEnabled, after which DynamoDB Local describes the protection as off (DynamoDB keeps a
     * setting a request leaves out; API Reference, UpdateTable); and the on-demand maximums of -1 DynamoDB Local
     * gives an index it creates on an on-demand table, where DynamoDB gives none (a probe of DynamoDB recorded in
     * go-to-k/cdkd#3403). Explained only when the answers agree but for those fields.
     */
    DESCRIPTION_FIELDS {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return !expected.equals(actual) && expected.matches("(Create|Update|Delete|Describe)TableResponse\\(.*")
                    && describedAlike(kind, expected).equals(describedAlike(kind, actual));
        }
    },

    /**
     * UpdateTable's AttributeDefinitions: DynamoDB Local adds every one to the table, a key of the new index or
     * not; DynamoDB's AttributeDefinitions describe the key schemas of the table and its indexes (API Reference,
     * TableDescription), so the engine adds only the new index's keys. Explained only when DynamoDB Local's
     * definitions hold the engine's and the answers agree otherwise.
     */
    UPDATE_DEFINITIONS {
        @Override
        boolean explains(String kind, String expected, String actual) {
            Matcher local = DEFINITIONS.matcher(expected);
            Matcher engine = DEFINITIONS.matcher(actual);
            return kind.equals("UpdateTable") && local.find() && engine.find()
                    && List.of(local.group(1).split("\\), ")).containsAll(List.of(engine.group(1).split("\\), ")))
                    && describedAlike(kind, local.replaceFirst("")).equals(describedAlike(kind, engine.replaceFirst("")));
        }
    },

    /**
     * UpdateTable of the table class or of encryption: DynamoDB Local keeps neither and answers "Nothing to
     * update"; DynamoDB changes them (API Reference, UpdateTable: TableClass, SSESpecification; pinned in
     * ControlPlaneWhereLocalIsNotDynamoDbTest), as the engine does.
     */
    SETTINGS_LOCAL_IGNORES {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("UpdateTable") && expected.equals("error ValidationException (400): Nothing to update")
                    && actual.startsWith("UpdateTableResponse(")
                    && (actual.contains("TableClassSummary=") || actual.contains("SSEDescription="));
        }
    },

    /**
     * Provisioned throughput above 40,000 units in UpdateTable: DynamoDB Local refuses it at CreateTable but not
     * always at UpdateTable; DynamoDB's per-table maximum holds for both (Developer Guide, Service quotas:
     * "40,000 read request units and 40,000 write request units" per table), and the engine refuses both.
     */
    THROUGHPUT_ABOVE_MAXIMUM {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("UpdateTable") && expected.startsWith("UpdateTableResponse(") && actual.equals(
                    "error ValidationException (400): Cannot increase provisioned throughput to more than 40,000 units"
                    + " per table");
        }
    },

    /**
     * One on-demand maximum without the other: DynamoDB Local refuses it ("Table read and write throughput must be
     * at least 1, and cannot be null"); DynamoDB takes either or both (API Reference, OnDemandThroughput), as the
     * engine does.
     */
    ONE_ON_DEMAND_MAXIMUM {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.equals("error ValidationException (400): Table read and write throughput must be at least 1,"
                    + " and cannot be null") && (actual.matches("(Create|Update)TableResponse\\(.*OnDemandThroughput=.*")
                    || actual.startsWith("error ResourceInUseException"));
        }
    },

    /**
     * A setting DynamoDB Local accepts without a check: a table class it does not know, on-demand maximums on a
     * provisioned table, CreateTable's Tags (which it drops). DynamoDB refuses bad ones (the ACK controller's
     * catalogue of DynamoDB answers, DDB-TABLE-442; pinned in ControlPlaneTextsTest), as the engine does.
     */
    SETTING_LOCAL_DOES_NOT_CHECK {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.matches("(CreateTableResponse\\(|UpdateTableResponse\\(|error ResourceInUseException).*")
                    && (actual.startsWith("error ValidationException (400): Invalid table-class parameter provided.")
                    || actual.matches("error ValidationException \\(400\\): .* for OnDemandThroughput cannot be specified"
                    + " when the table BillingMode is PROVISIONED")
                    || actual.matches("error ValidationException \\(400\\): (The Tag (Key|Value) provided is invalid|Tag Key"
                    + " cannot be prefixed with aws:|Duplicate Tag Keys provided|Number of Tags exceed).*"));
        }
    },

    /**
     * CreateTable with an AttributeDefinition no key uses: DynamoDB refuses it ("Some AttributeDefinitions are not
     * used", recorded from DynamoDB in aws-cloudformation/cfn-lint#1037 and the ACK controller's catalogue), and so
     * does the engine; DynamoDB Local compares counts that repeat an attribute two keys share, and so may accept it.
     */
    UNUSED_DEFINITION {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return kind.equals("CreateTable") && actual.equals("error ValidationException (400): The number of attributes"
                    + " in key schema must match the number of attributes defined in attribute definitions.")
                    && (expected.startsWith("CreateTableResponse(") || expected.startsWith("error ResourceInUseException"));
        }
    },

    /**
     * DynamoDB Local fails with a NullPointerException of its own (an UpdateTable that turns an on-demand table
     * with global indexes provisioned, or updates an index's throughput on an on-demand table); DynamoDB answers
     * with an error, and so does the engine (pinned in ControlPlaneTextsTest).
     */
    LOCAL_CRASHES {
        @Override
        boolean explains(String kind, String expected, String actual) {
            return expected.startsWith("crash java.lang.NullPointerException")
                    && (actual.startsWith("error ") || actual.startsWith("UpdateTableResponse("));
        }
    },

    /**
     * A global index deleted a moment ago: DynamoDB Local keeps describing it DELETING for a while and refuses to
     * change it ("Attempt to change a resource which is still in use: Index is being deleted."), as DynamoDB does;
     * the engine drops it at once (README, "Where the engine and DynamoDB Local differ"), so the next request no
     * longer sees it. Explained only when the answers agree but for that index.
     */
    INDEX_STILL_DELETING {
        @Override
        boolean explains(String kind, String expected, String actual) {
            if (expected.endsWith("Attempt to change a resource which is still in use: Index is being deleted.")) {
                return kind.equals("UpdateTable");
            }
            String gone = withoutDeletingIndexes(expected);
            return !gone.equals(expected) && (gone.equals(actual)
                    || TRANSITIONAL_STATUS.explains(kind, gone, actual) || DESCRIPTION_FIELDS.explains(kind, gone, actual));
        }
    };

    /** Pairs of DynamoDB Local's text and DynamoDB's, as regular expressions over whole outcomes. */
    private static final List<List<String>> WORDINGS = List.of(
            wording("GlobalSecondaryIndex count exceeds the per-table limit",
                    "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit"
                            + " of 20"),
            wording("Cannot have more than 5 local secondary indexes per table",
                    "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit"
                            + " of 5"),
            wording("(Two global secondary indices have the same name|Local Secondary Indices AND Global Secondary"
                    + " Indices must have different names)", "One or more parameter values were invalid: Duplicate"
                    + " index name: \\S+"),
            wording("GSI list is empty/invalid", "One or more parameter values were invalid: List of"
                    + " GlobalSecondaryIndexes is empty"),
            wording("Cannot (update|delete) an index that is not a GlobalSecondaryIndex", "Cannot (update|delete) an"
                    + " index that is not a GlobalSecondaryIndex: \\S+"),
            wording("No Attribute Schema Defined", "One or more parameter values were invalid: AttributeDefinitions is"
                    + " not specified for index: \\S+"),
            wording("Nothing to update", "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, .* or"
                    + " TableClass is required"),
            wording("The requested throughput value equals the current value", "The provisioned throughput for the"
                    + " table will not change\\. The requested value equals the current value\\. .*"),
            wording("TimeToLive is active on a different AttributeName", "TimeToLive is active on a different"
                    + " AttributeName: current AttributeName is \\S+"),
            wording("(Invalid key order\\. Hash Key must be specified first in key schema, Range Key must be specifed"
                    + " second|No Hash Key specified in schema\\.  All Dynamo DB tables must have exactly one hash key|Too"
                    + " many hash keys specified\\.  All Dynamo DB tables must have exactly one hash key)",
                    "Invalid KeySchema: The (first|second) KeySchemaElement is not a (HASH|RANGE) key type"),
            wording("Two keys can not have the same name", "Both the Hash Key and the Range Key element in the KeySchema"
                    + " have the same name"),
            wording("Local Secondary indices are not allowed on hash tables, only hash and range tables", "One or more"
                    + " parameter values were invalid: Table KeySchema does not have a range key, which is required when"
                    + " specifying a LocalSecondaryIndex"),
            wording("Local secondary indices must have a range key", "One or more parameter values were invalid: Index"
                    + " KeySchema does not have a range key for index: \\S+"),
            wording("Local Secondary indices must have the same hash key as the main table", "One or more parameter"
                    + " values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema"
                    + " for index: .*"),
            wording("If Projection type INCLUDE is specified, some non-key attributes to include in the projection must"
                    + " be specified as well", "One or more parameter values were invalid: ProjectionType is INCLUDE, but"
                    + " NonKeyAttributes is not specified"),
            wording("No attributes should be specified to be projected unless projection type is INCLUDE", "One or more"
                    + " parameter values were invalid: ProjectionType is (ALL|KEYS_ONLY), but NonKeyAttributes is"
                    + " specified"),
            wording("Indexes must have a projection specified", "One or more parameter values were invalid: Unknown"
                    + " ProjectionType: null"),
            wording("Invalid global secondary index name", "Cannot update an index that is not a GlobalSecondaryIndex:"
                    + " \\S+"),
            wording("Table already has an enabled stream", "Table already has an enabled stream: TableName: \\S+"),
            wording("Only one global secondary index update per index is allowed simultaneously\\.",
                    "One or more parameter values were invalid: Only one global secondary index update per index is"
                            + " allowed simultaneously\\. Index: \\S+"),
            wording("Table read and write throughput must be at least 1, and cannot be null", "One or more parameter"
                    + " values were invalid: Requested Max(Read|Write)RequestUnits for OnDemandThroughput for table is"
                    + " outside of valid range"),
            // DynamoDB Local counts projected attributes against an old limit of 20 and names only local indexes;
            // DynamoDB allows 100 across all indexes.
            List.of("error ValidationException \\(400\\): No more than 20 attributes per table can be projected into"
                    + " Local Secondary Indices", "CreateTableResponse\\(.*|error ValidationException \\(400\\): One or"
                    + " more parameter values were invalid: Number of projected attributes in all indexes exceeds limit"
                    + " of 100"));

    private static List<String> wording(String local, String dynamoDb) {
        return List.of("error ValidationException \\(400\\): " + local, "error ValidationException \\(400\\): " + dynamoDb);
    }

    /** The detail DynamoDB adds after "Type mismatch for key" or "... for Index Key" ({@code id expected: S actual: N}). */
    private static final Pattern TYPE_DETAIL = Pattern.compile(
            "(Type mismatch for (?:Index Key|key)) \\S+ [Ee]xpected: \\S+ [Aa]ctual: \\S+(?: IndexName: [^,)\\s\"]+)?");

    private static final Pattern ITEM_COLLECTION_FIELD = Pattern.compile(
            "ItemCollectionMetrics=ItemCollectionMetrics\\(ItemCollectionKey=\\{[^}]*}, SizeEstimateRangeGB=\\[[^\\]]*], \\), ");
    private static final Pattern OVERLAP = Pattern.compile("(error ValidationException \\(400\\): Invalid \\w+:"
            + " Two document paths (?:overlap|conflict) with each other; must remove or rewrite one of these paths;"
            + " path one: \\[[^\\]]*]), path two: (.*)");
    private static final String LOCAL_BINARY = "\\{B:java\\.nio\\.HeapByteBuffer\\[pos=0 lim=\\d+ cap=\\d+]}";
    private static final String BASE64_BINARY = "\\{B:[A-Za-z0-9+/=]*}";
    private static final Pattern NUMBER = Pattern.compile("(?<=\\bN:)[-+0-9.eE]+");
    private static final Pattern NUMBER_SET = Pattern.compile("(?<=\\bNS:\\[)[^\\]]*");

    abstract boolean explains(String kind, String expected, String actual);

    private static final Pattern ITEM_PROBLEM = Pattern.compile("error ValidationException \\(400\\): "
            + "(ExpressionAttributeValues contains invalid value: )?(?:One or more parameter values were invalid: )?"
            + "(Empty attribute name|Attribute name is too large.*|A value provided cannot be converted into a number"
            + "|Number (?:overflow|underflow)\\..*|Attempting to store more than 38 significant digits.*"
            + "|Input collection.* contains duplicates\\.?|An? \\w+ set  may not be empty|\\w+ sets should not be empty"
            + "|Nesting Levels have exceeded supported limits.*)( for key :\\w+)?");

    /** The parameter an item problem is about ("" for an item, the value's key otherwise), or null for other outcomes. */
    private static String itemProblem(String outcome) {
        Matcher problem = ITEM_PROBLEM.matcher(outcome);
        return problem.matches() ? String.valueOf(problem.group(1)) + problem.group(3) : null;
    }

    /** The reason codes of a TransactionCanceledException outcome ("... reasons [None, ValidationError]"), or none. */
    private static List<String> cancellationCodes(String outcome) {
        Matcher codes = Pattern.compile("specific reasons \\[([^\\]]*)]").matcher(outcome);
        return codes.find() ? List.of(codes.group(1).split(", ")) : List.of();
    }

    /** The outcome with every number spelled as DynamoDB documents: no exponent, no needless zeroes. */
    static String canonicalNumbers(String outcome) {
        String numbers = NUMBER.matcher(outcome).replaceAll(m -> DocumentedNumbers.canonical(m.group()));
        return NUMBER_SET.matcher(numbers).replaceAll(m -> Arrays.stream(m.group().split(", "))
                .map(DocumentedNumbers::canonical).sorted().collect(Collectors.joining(", ")));
    }


    /** True for a difference that only an operation's reconcile step recognizes, never the outcomes alone. */
    boolean onlyAfterReconciling() {
        return false;
    }

    /** Returns the known difference that explains two outcomes, if one does. */
    static Optional<KnownDifference> explaining(Operation operation, String expected, String actual) {
        return explaining(operation.label().substring(0, operation.label().indexOf(' ')), expected, actual);
    }

    /** As above, for an operation of kind {@code kind} ("PutItem"). */
    static Optional<KnownDifference> explaining(String kind, String expected, String actual) {
        for (KnownDifference difference : values()) {
            if (!difference.onlyAfterReconciling() && difference.explains(kind, expected, actual)) {
                return Optional.of(difference);
            }
        }
        return Optional.empty();
    }

    /** The outcome with DynamoDB's detail after "Type mismatch for key" (or Index Key) left out, as Local words it. */
    static String withoutTypeDetail(String outcome) {
        return TYPE_DETAIL.matcher(outcome).replaceAll("$1");
    }

    /**
     * A control-plane answer (an SDK response's text, or a raw body's with quoted values) with the statuses
     * DynamoDB answers while it works as DynamoDB Local answers them: ACTIVE.
     */
    static String asLocalAnswers(String kind, String outcome) {
        return switch (kind) {
            case "CreateTable" -> outcome.replaceAll("(Table|Index)Status=(\"?)CREATING", "$1Status=$2ACTIVE");
            case "UpdateTable" -> outcome.replaceAll("TableStatus=(\"?)UPDATING", "TableStatus=$1ACTIVE");
            case "DeleteTable" -> outcome.replaceAll("TableStatus=(\"?)DELETING", "TableStatus=$1ACTIVE");
            default -> outcome;
        };
    }

    /** The outcome without the global indexes it describes DELETING (and an index list left empty). */
    static String withoutDeletingIndexes(String outcome) {
        String start = "GlobalSecondaryIndexDescription(";
        StringBuilder kept = new StringBuilder(outcome);
        for (int at = kept.indexOf(start); at >= 0; at = kept.indexOf(start, at)) {
            int end = closing(kept, at + start.length() - 1);
            if (kept.substring(at, end).contains("IndexStatus=DELETING")) {
                boolean followed = kept.length() >= end + 3 && kept.substring(end + 1, end + 3).equals(", ");
                kept.delete(at, followed ? end + 3 : end + 1);
            } else {
                at = end;
            }
        }
        return kept.toString().replace(", ]", "]").replace("GlobalSecondaryIndexes=[], ", "");
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private static int closing(CharSequence text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static final Pattern DEFINITIONS = Pattern.compile("AttributeDefinitions=\\[(.*?)\\)], ");

    /** A table description without the fields DESCRIPTION_FIELDS explains, and with Local's statuses. */
    private static String describedAlike(String kind, String outcome) {
        String statuses = asLocalAnswers(kind, outcome);
        String protection = kind.equals("UpdateTable") ? statuses.replace("DeletionProtectionEnabled=true",
                "DeletionProtectionEnabled=false") : statuses;
        return protection.replace("NumberOfDecreasesToday=0, ", "").replace("OnDemandThroughput=OnDemandThroughput("
                + "MaxReadRequestUnits=-1, MaxWriteRequestUnits=-1, ), ", "").replaceAll("(TableClassSummary|SSEDescription)=\\w+\\([^)]*\\), ", "");
    }

    private static String withoutIndexSize(String outcome) {
        return outcome.replaceAll("IndexSizeBytes=\\d+, ", "");
    }

    /** The outcome with its ConsumedCapacity field left out. */
    private static String withoutCapacity(String outcome) {
        String field = "ConsumedCapacity=ConsumedCapacity(";
        int start = outcome.indexOf(field);
        if (start < 0) {
            return outcome;
        }
        int depth = 0;
        for (int i = start + field.length() - 1; i < outcome.length(); i++) {
            char c = outcome.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return outcome.substring(0, start) + outcome.substring(Math.min(outcome.length(), i + 3));
            }
        }
        return outcome;
    }
}
