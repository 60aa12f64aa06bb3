package dev.dynamoobjects.mock.internal.error;

import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Request ids as DynamoDB writes them, on the server's responses and on the engine's errors, so an
 * error message ends with "Request ID: ..." as DynamoDB's do, never "Request ID: null".
 */
public final class RequestIds {
    private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    /** DynamoDB's request ids are 52 upper-case letters and digits. */
    private static final int ID_LENGTH = 52;

    private RequestIds() {
    }

    /** Returns a new request id. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < ID_LENGTH; i++) {
            id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    /** Returns {@code error} with a request id, keeping its type, fields and stack trace. */
    public static AwsServiceException stamped(AwsServiceException error) {
        if (error.requestId() != null) {
            return error;
        }
        AwsServiceException stamped = error.toBuilder().requestId(next()).build();
        stamped.setStackTrace(error.getStackTrace());
        for (Throwable suppressed : error.getSuppressed()) {
            stamped.addSuppressed(suppressed);
        }
        return stamped;
    }
}
