package dev.dynamoobjects.mock.internal.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import dev.dynamoobjects.mock.internal.server.http.HttpRequest;
import dev.dynamoobjects.mock.internal.server.protocol.ProtocolError;
import dev.dynamoobjects.mock.internal.server.protocol.ProtocolMessages;
import dev.dynamoobjects.mock.internal.server.protocol.RequestAuthenticator;

/**
 * Lets in only requests signed with AWS Signature Version 4 by one of the given access keys, the
 * way DynamoDB checks them: unknown key, {@code UnrecognizedClientException}; wrong signature or a
 * clock more than 5 minutes off, {@code InvalidSignatureException}.
 *
 * <pre>{@code
 * RequestAuthenticator auth = new SigV4Authenticator(Map.of("AKIDEXAMPLE", "secret"), Clock.systemUTC());
 * }</pre>
 */
public final class SigV4Authenticator implements RequestAuthenticator {
    /** How far a signature's time may be from the server's: AWS services allow 5 minutes either way. */
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, String> secretsByAccessKey;
    private final Clock clock;

    /** Accepts requests signed with any of {@code secretsByAccessKey} (access key id to secret key). */
    public SigV4Authenticator(Map<String, String> secretsByAccessKey, Clock clock) {
        this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
        this.clock = clock;
    }

    @Override
    public void authenticate(HttpRequest request) {
        String header = request.headers().first("authorization");
        if (header == null) {
            throw new ProtocolError("MissingAuthenticationTokenException", 400,
                    ProtocolMessages.MISSING_AUTHENTICATION_TOKEN);
        }
        String amzDate = request.headers().first("x-amz-date");
        AuthorizationHeader authorization = AuthorizationHeader.parse(header, amzDate != null);
        String secret = secretsByAccessKey.get(authorization.accessKey());
        if (secret == null) {
            throw new ProtocolError("UnrecognizedClientException", 400, ProtocolMessages.UNRECOGNIZED_CLIENT);
        }
        checkClock(amzDate);
        checkScopeDate(authorization, amzDate);
        String expected = signature(request, authorization, amzDate, secret);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw invalid(ProtocolMessages.SIGNATURE_MISMATCH);
        }
    }

    private void checkClock(String amzDate) {
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw AuthorizationHeader.incomplete("Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.",
                    amzDate);
        }
        Instant now = clock.instant();
        String nowText = AMZ_DATE.format(now);
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw invalid(ProtocolMessages.signatureExpired(amzDate, AMZ_DATE.format(now.minus(MAX_SKEW)), nowText,
                    MAX_SKEW.toMinutes()));
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw invalid(ProtocolMessages.signatureNotYetCurrent(amzDate, AMZ_DATE.format(now.plus(MAX_SKEW)),
                    nowText, MAX_SKEW.toMinutes()));
        }
    }

    private static void checkScopeDate(AuthorizationHeader authorization, String amzDate) {
        if (!amzDate.startsWith(authorization.scopeDate())) {
            throw invalid(ProtocolMessages.scopeDateMismatch(authorization.scopeDate(), amzDate));
        }
    }

    private static String signature(HttpRequest request, AuthorizationHeader authorization, String amzDate,
                                    String secret) {
        String canonical = CanonicalRequest.of(request, authorization.signedHeaders(), sha256Hex(request.body()));
        String stringToSign = AuthorizationHeader.ALGORITHM + '\n' + amzDate + '\n' + authorization.scope() + '\n'
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String scopePart : authorization.scope().split("/")) {
            key = hmac(key, scopePart);
        }
        return HEX.formatHex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProtocolError invalid(String message) {
        return new ProtocolError("InvalidSignatureException", 400, message);
    }
}
