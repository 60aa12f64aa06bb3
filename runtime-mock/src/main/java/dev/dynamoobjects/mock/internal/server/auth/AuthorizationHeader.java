package dev.dynamoobjects.mock.internal.server.auth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import dev.dynamoobjects.mock.internal.server.protocol.ProtocolError;
import dev.dynamoobjects.mock.internal.server.protocol.ProtocolMessages;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
 * Signature=...} header, in any order, separated by commas and/or spaces.
 *
 * @param accessKey the access key id
 * @param scopeDate the credential scope's date, {@code yyyyMMdd}
 * @param scope the credential scope, {@code date/region/service/aws4_request}
 * @param signedHeaders the signed header names, lower case, in order
 * @param signature the hex signature
 */
record AuthorizationHeader(String accessKey, String scopeDate, String scope, List<String> signedHeaders,
                           String signature) {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** Parts are separated by commas, spaces or both ({@code ", "}, {@code ","}, {@code " "}), as AWS accepts. */
    private static final Pattern PARTS = Pattern.compile("[,\\s]+");
    private static final Pattern SPACED_EQUALS = Pattern.compile("\\s*=\\s*");

    /**
     * Parses the header; a request that lacks parts of it, or its date, is refused with every missing
     * part named in one message, in the order and words AWS uses.
     *
     * @param hasDate whether the request has its X-Amz-Date header
     */
    static AuthorizationHeader parse(String header, boolean hasDate) {
        if (!header.startsWith(ALGORITHM + " ")) {
            throw incomplete("Unsupported AWS 'algorithm': only " + ALGORITHM + " is supported.", header);
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : PARTS.split(SPACED_EQUALS.matcher(header.substring(ALGORITHM.length())).replaceAll("="))) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!parts.containsKey(required)) {
                problems.add("Authorization header requires '" + required + "' parameter.");
            }
        }
        if (!hasDate) {
            problems.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!problems.isEmpty()) {
            throw incomplete(String.join(" ", problems), header);
        }
        String[] credential = parts.get("Credential").split("/");
        if (credential.length != 5) {
            throw incomplete("Credential must have exactly 5 slash-delimited elements, e.g."
                    + " keyid/date/region/service/term, got '" + parts.get("Credential") + "'", header);
        }
        String scope = String.join("/", credential[1], credential[2], credential[3], credential[4]);
        return new AuthorizationHeader(credential[0], credential[1], scope,
                List.of(parts.get("SignedHeaders").split(";")), parts.get("Signature"));
    }

    static ProtocolError incomplete(String problem, String header) {
        return new ProtocolError("IncompleteSignatureException", 400,
                ProtocolMessages.incompleteSignature(problem, header));
    }
}
