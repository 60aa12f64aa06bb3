package dev.dynamoobjects.mock.differential;

import dev.dynamoobjects.mock.fixtures.DocumentedNumbers;
import dev.dynamoobjects.mock.internal.validation.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where DynamoDB Local's HTTP layer answers a raw request otherwise than DynamoDB, and our server
 * follows DynamoDB; each with its source. The first three are rewrites: Local's canonical answer as
 * DynamoDB would have sent it, applied before comparing; the others explain a remaining difference.
 * The sources are dynalite's tests, recorded against DynamoDB ({@code test/helpers.js}:
 * {@code assertSerialization}, {@code assertValidation}, {@code assertType}; {@code index.js}), and
 * AWS's own answers quoted below.
 */
enum RawKnownDifference {
    /**
     * Local spells every error's message key {@code Message}; DynamoDB spells it {@code message}, but
     * {@code Message} in a SerializationException (dynalite's assertValidation, assertNotFound and
     * assertSerialization, recorded against DynamoDB).
     */
    MESSAGE_KEY_SPELLING {
        @Override
        String rewrite(RawRequest request, String local) {
            return local.contains("#SerializationException\"") ? local
                    : LOCAL_MESSAGE.matcher(local).replaceFirst("$1__type=\"$3\", message=\"$2\"}");
        }
    },
    /**
     * Local sends no {@code x-amz-crc32} with an error; DynamoDB sends it with every JSON response
     * (dynalite's sendData), and the SDKs check it when present.
     */
    CRC32_ON_ERRORS {
        @Override
        String rewrite(RawRequest request, String local) {
            return local.startsWith("status 200") ? local : local.replace(", crc32 absent,", ", crc32 present,");
        }
    },
    /**
     * Local answers {@code application/json} requests in {@code application/x-amz-json-1.0}; DynamoDB
     * answers in the type it was asked in (dynalite's index.js).
     */
    JSON_CONTENT_TYPE {
        @Override
        String rewrite(RawRequest request, String local) {
            String type = request.headers().get("Content-Type");
            return type != null && type.equalsIgnoreCase("application/json")
                    ? local.replace(", application/x-amz-json-1.0,", ", application/json,") : local;
        }
    },
    /**
     * Numbers in documents and sets: Local keeps the input spelling ({@code -5.0}, {@code 1E+2}); DynamoDB
     * trims them, as our server does ({@link KnownDifference#NUMBER_SPELLING}). Local's numbers are
     * canonicalised by the tests' own rule ({@link DocumentedNumbers}).
     */
    NUMBER_SPELLING {
        @Override
        String rewrite(RawRequest request, String local) {
            return canonicalNumbers(local);
        }
    },
    /**
     * Local fails with a 500 InternalFailure on a body it cannot read (malformed or truncated JSON, a
     * structure where a list is expected, base64 it cannot decode, no or a malformed X-Amz-Target);
     * DynamoDB answers a client's malformed request with a 400: SerializationException or
     * UnknownOperationException (dynalite's index.js and assertType), or the ValidationException of the
 * member it misses.
     */
    INTERNAL_FAILURE {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return local.startsWith("status 500") && local.contains("#InternalFailure\"") && ours.startsWith("status 400");
        }
    },
    /**
     * A body that is not exactly one JSON object (trailing content after the object, as {@code {...}}},
     * or an array or a string): Local reads the first value and ignores the rest, or ignores a body an
     * operation without members does not need; DynamoDB parses the whole body and answers
     * {@code {"__type":"com.amazon.coral.service#SerializationException"}} and nothing else (dynalite's
     * index.js), or the JSON layer's text for a value that is no structure ("Expected null",
     * "Start of list found where not expected": dynalite's assertType).
     */
    NOT_ONE_JSON_VALUE {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            boolean notAnObject = !request.bodyText().startsWith("{") && ours.contains("#SerializationException\"");
            return (ours.equals(UNPARSED_BODY_ANSWER) || notAnObject) && !local.contains("#SerializationException\"");
        }
    },
    /**
     * A transaction item whose key has another type or is malformed: Local fails the request with the
     * key's message ("Invalid attribute value type"), or cancels it with that message and no reasons;
     * DynamoDB cancels the transaction with a
     * ValidationError reason for that item (the README's table of differences; WhereLocalIsNotDynamoDbTest,
     * MessagesConformanceTest).
     */
    TRANSACTION_ITEM_REASON {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return request.operation().startsWith("Transact") && local.startsWith("status 400")
                    && !local.contains("CancellationReasons=") && ours.contains("#TransactionCanceledException\"")
                    && ours.contains("Code=\"ValidationError\"");
        }
    },
    /**
     * An unknown operation or a target of another service or API version: Local answers
     * {@code com.amazonaws.dynamodb.v20120810#UnknownOperationException} or {@code #InvalidAction} with
     * a message; DynamoDB answers {@code {"__type":"com.amazon.coral.service#UnknownOperationException"}}
     * and nothing else (dynalite's index.js; the same body recorded from AWS Step Functions through API
     * Gateway, 63 bytes). Local also serves a target with a trailing ".x" as the operation before it.
     */
    UNKNOWN_OPERATION {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return ours.equals(UNKNOWN_OPERATION_ANSWER) && (local.contains("v20120810#UnknownOperationException\"")
                    || local.contains("#InvalidAction\"") || !request.targetIsWellFormed());
        }
    },
    /**
     * A method other than POST, or a body of another content type (or none): Local serves it as a POST
     * of JSON; DynamoDB answers 404 {@code <UnknownOperationException/>} (dynalite's index.js), and a
     * GET of the root path with its health check text.
     */
    NOT_A_JSON_POST {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return (ours.startsWith("status 404, text/xml") && ours.endsWith("<UnknownOperationException/>"))
                    || (request.method().equals("GET") && ours.startsWith("status 200, text/plain"));
        }
    },
    /**
     * A JSON number, boolean or string where the model wants another scalar: Local converts it ({@code
     * {"S":5}}, {@code {"BOOL":1}}, {@code "Limit":"5"}); DynamoDB refuses it with a
     * SerializationException ("... can not be converted to an String": dynalite's assertType, recorded
     * against DynamoDB; AWS's JSON services word it "NUMBER_VALUE can not be converted to a String"
     * today), as our server does.
     */
    SCALAR_CONVERSION {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return ours.startsWith("status 400") && SCALAR_REFUSAL.matcher(ours).find()
                    && !local.contains("#SerializationException\"");
        }
    },
    /**
     * CreateTable's and DescribeTable's descriptions: our server adds DynamoDB's TableId, which Local
     * leaves out, and counts each index's own size where Local gives the table's (the README's table of
     * differences; {@link KnownDifference#INDEX_SIZE_BYTES}).
     */
    TABLE_DESCRIPTION {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return withoutTableFacts(local).equals(withoutTableFacts(ours));
        }
    },
    /**
     * Operations DynamoDB has and Local does not (DescribeEndpoints, DescribeContinuousBackups, the
     * tagging operations): Local answers UnknownOperationException ("Tagging is not currently supported
     * in DynamoDB Local."); our server answers them with DynamoDB's shapes (the README's table of
     * differences; ControlPlaneWhereLocalIsNotDynamoDbTest, TaggingTest).
     */
    NOT_IN_LOCAL {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return NOT_IN_LOCAL_OPERATIONS.contains(request.operation())
                    && local.contains("v20120810#UnknownOperationException\"") && !ours.contains("UnknownOperation");
        }
    },
    /**
     * DeleteTable's description: Local says ACTIVE, DynamoDB and our server DELETING (the README's
     * table of differences; ControlPlaneWhereLocalIsNotDynamoDbTest).
     */
    DELETING_STATUS {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return request.operation().equals("DeleteTable") && withoutTableFacts(local)
                    .equals(withoutTableFacts(ours).replace("TableStatus=\"DELETING\"", "TableStatus=\"ACTIVE\""));
        }
    },
    /**
     * A DeleteItem that did not ask for ConsumedCapacity: Local returns it when the item is missing;
     * DynamoDB only when asked ({@link KnownDifference#UNASKED_CAPACITY_OF_MISSING_DELETE}).
     */
    UNASKED_CAPACITY_OF_MISSING_DELETE {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return request.operation().equals("DeleteItem") && !request.bodyText().contains("ReturnConsumedCapacity")
                    && UNASKED_CAPACITY.matcher(local).replaceFirst("{").equals(ours);
        }
    },
    /**
     * A transaction item's key of another type, in its cancellation reason: Local words it "Type mismatch
     * for key" (or Index Key) alone; DynamoDB names the attribute and both types, or answers "The provided
     * key element does not match the schema" for a key map ({@link KnownDifference#TYPE_MISMATCH_DETAIL},
     * {@link KnownDifference#KEY_SCHEMA_TEXT}).
     */
    KEY_TYPE_IN_REASON {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return local.contains("CancellationReasons=") && local.equals(KnownDifference.withoutTypeDetail(ours)
                    .replace(Messages.KEY_SCHEMA_MISMATCH, Messages.KEY_TYPE_MISMATCH));
        }
    },
    /**
     * A statement outside DynamoDB's PartiQL subset ({@code x}): Local answers its parser's message
     * ("Unsupported operation: VariableReference"); our server "Statement wasn't well formed" (the
     * README's PartiQL section lists it).
     */
    PARTIQL_PARSER_TEXT {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return local.contains("message=\"Unsupported operation: ")
                    && ours.contains("message=\"Statement wasn't well formed, can't be processed: ");
        }
    },
    /**
     * Base64 that is not canonical ({@code " YQ=="}, {@code "+/+="}): Local decodes it leniently; DynamoDB
     * refuses it with a SerializationException ("'+/+=' can not be converted to a Blob: Invalid last
     * non-pad Base64 character dectected": dynalite's assertType, recorded against DynamoDB).
     */
    LENIENT_BASE64 {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return ours.contains("#SerializationException\"") && ours.contains("can not be converted to a Blob: ")
                    && !local.contains("#SerializationException\"");
        }
    },
    /**
     * A key condition without the partition key: Local answers "Query condition missed key schema
     * element"; DynamoDB names the key (README's table of differences; DynamoDbLocalConformanceTest).
     */
    KEY_CONDITION_NAMES_KEY {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return local.endsWith("message=\"Query condition missed key schema element\"}")
                    && ours.startsWith(local.substring(0, local.length() - 2) + ": ");
        }
    },
    /** One of the differences the SDK-level run knows ({@link KnownDifference}), seen through HTTP. */
    ENGINE_DIFFERENCE {
        @Override
        boolean explains(RawRequest request, String local, String ours) {
            return KnownDifference.explaining(request.operation(), outcome(local), outcome(ours)).isPresent();
        }
    };

    private static final Pattern NUMBER = Pattern.compile("\\bN=\"([^\"]*)\"|\\bNS=\\[((?:\"[^\"]*\"(?:, )?)*)]");
    private static final Set<String> NOT_IN_LOCAL_OPERATIONS = Set.of("DescribeEndpoints", "DescribeContinuousBackups",
            "ListTagsOfResource", "TagResource", "UntagResource");
    private static final Pattern TABLE_FACTS = Pattern.compile("TableId=\\*, |IndexSizeBytes=\\d+, ");
    private static final Pattern UNASKED_CAPACITY = Pattern.compile("\\{ConsumedCapacity=\\{[^}]*}(, |(?=}))");
    static final String UNPARSED_BODY_ANSWER = "status 400, application/x-amz-json-1.0, crc32 present, body"
            + " {__type=\"com.amazon.coral.service#SerializationException\"}";
    static final String UNKNOWN_OPERATION_ANSWER = "status 400, application/x-amz-json-1.0, crc32 present, body"
            + " {__type=\"com.amazon.coral.service#UnknownOperationException\"}";
    private static final Pattern SCALAR_REFUSAL = Pattern.compile(
            "(NUMBER|STRING|TRUE|FALSE)_VALUE can not be converted to an? (String|Boolean|Integer|Long)\"");
    /**
     * Local's top-level error members in canonical order ({@code Message} sorts before {@code __type});
     * the greedy prefix skips the Message keys of cancellation reasons.
     */
    private static final Pattern LOCAL_MESSAGE = Pattern.compile("^(.*)Message=\"(.*)\", __type=\"([^\"]*)\"}$");
    private static final Pattern ERROR = Pattern.compile(
            "^status (\\d+), [^,]+, crc32 \\w+, body \\{__type=\"[^#]*#(\\w+)\", [Mm]essage=\"(.*)\"}$");

    /** Local's canonical answer as DynamoDB would have sent it (the rewrites only). */
    String rewrite(RawRequest request, String local) {
        return local;
    }

    boolean explains(RawRequest request, String local, String ours) {
        return false;
    }

    /** The answer in the SDK-level run's words ("error Code (400): message"), or the answer itself. */
    private static String outcome(String answer) {
        Matcher error = ERROR.matcher(answer);
        return error.matches() ? "error " + error.group(2) + " (" + error.group(1) + "): " + error.group(3) : answer;
    }

    private static String withoutTableFacts(String answer) {
        return TABLE_FACTS.matcher(answer).replaceAll("");
    }

    /** Local's answer with every rewrite applied; {@code applied} receives those that changed it. */
    static String asDynamoDb(RawRequest request, String local, List<RawKnownDifference> applied) {
        String rewritten = local;
        for (RawKnownDifference difference : values()) {
            String next = difference.rewrite(request, rewritten);
            if (!next.equals(rewritten)) {
                applied.add(difference);
            }
            rewritten = next;
        }
        return rewritten;
    }

    /** The answer with the numbers of its attribute values ({@code N="1.50"}, {@code NS=["1E+2"]}) canonical. */
    private static String canonicalNumbers(String answer) {
        Matcher number = NUMBER.matcher(answer);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            String canonical = number.group(1) != null ? quoted(number.group(1))
                    : Arrays.stream(number.group(2).split(", ")).map(n -> quoted(n.substring(1, n.length() - 1)))
                            .collect(Collectors.joining(", "));
            number.appendReplacement(out, Matcher.quoteReplacement(
                    (number.group(1) != null ? "N=" : "NS=[") + canonical + (number.group(1) != null ? "" : "]")));
        }
        number.appendTail(out);
        return out.toString();
    }

    private static String quoted(String number) {
        try {
            return '"' + DocumentedNumbers.canonical(number) + '"';
        } catch (NumberFormatException e) {
            return '"' + number + '"';
        }
    }

    /** The difference that explains what remains between Local's rewritten answer and ours, if one does. */
    static Optional<RawKnownDifference> explaining(RawRequest request, String local, String ours) {
        for (RawKnownDifference difference : values()) {
            if (difference.explains(request, local, ours)) {
                return Optional.of(difference);
            }
        }
        return Optional.empty();
    }
}
