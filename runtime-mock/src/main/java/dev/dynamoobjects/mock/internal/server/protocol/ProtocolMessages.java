package dev.dynamoobjects.mock.internal.server.protocol;

import dev.dynamoobjects.mock.internal.validation.Messages;

/** Every message text the protocol layer sends, in DynamoDB's words where DynamoDB has some. */
public final class ProtocolMessages {
    /**
     * Why an operation is unknown, for the error log: DynamoDB sends the {@code __type} alone
     * ({@code {"__type":"com.amazon.coral.service#UnknownOperationException"}}: dynalite's index.js, and
     * the same 63-byte body AWS answered through API Gateway); DynamoDB Local sends this text.
     */
    public static final String UNKNOWN_OPERATION = "An unknown operation was requested.";
    /** The text of {@code MissingAuthenticationTokenException}. */
    public static final String MISSING_AUTHENTICATION_TOKEN = "Request is missing Authentication Token";
    /** The text of {@code UnrecognizedClientException}. */
    public static final String UNRECOGNIZED_CLIENT = "The security token included in the request is invalid.";
    /** The text of {@code InvalidSignatureException} for a signature that does not match. */
    public static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the"
            + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";
    /** The text of {@code InternalServerError}. */
    public static final String INTERNAL_ERROR = "Internal server error";

    private ProtocolMessages() {
    }

    static String notSupported(String operation) {
        return Messages.unsupportedOperation(operation);
    }

    /** The text of {@code IncompleteSignatureException} for an Authorization header missing a part. */
    public static String incompleteSignature(String problem, String authorization) {
        return problem + " Authorization=" + authorization;
    }

    /**
     * The text of {@code InvalidSignatureException} for a request signed too long ago, as AWS services
     * word it: "Signature expired: 20260101T000000Z is now earlier than 20260101T000100Z
     * (20260101T000600Z - 5 min.)".
     */
    public static String signatureExpired(String signedAt, String earliest, String now, long skewMinutes) {
        return "Signature expired: " + signedAt + " is now earlier than " + earliest + " (" + now + " - "
                + skewMinutes + " min.)";
    }

    /** The text of {@code InvalidSignatureException} for a request signed in the future, worded as above. */
    public static String signatureNotYetCurrent(String signedAt, String latest, String now, long skewMinutes) {
        return "Signature not yet current: " + signedAt + " is still later than " + latest + " (" + now + " + "
                + skewMinutes + " min.)";
    }

    /** The text of {@code InvalidSignatureException} for a credential scope dated another day. */
    public static String scopeDateMismatch(String scopeDate, String amzDate) {
        return "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                + scopeDate + "' != '" + amzDate.substring(0, Math.min(8, amzDate.length())) + "', from '"
                + amzDate + "'.";
    }
}
