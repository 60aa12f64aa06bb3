package dev.dynamoobjects.mock.junit;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The DynamoDB that tests run against, chosen once per JVM by the system property
 * {@value #PROPERTY} or, when that is not set, the environment variable {@value #ENVIRONMENT}:
 *
 * <ul>
 *   <li>{@code embedded} (the default): the in-memory engine, a new one for every test;
 *   <li>{@code local}: DynamoDB Local started in process once per JVM (it must be on the test class
 *       path: {@code software.amazon.dynamodb:DynamoDBLocal}); every table is deleted before each test;
 *   <li>{@code server}: this library's HTTP server ({@code DynamoServer}) over the in-memory engine,
 *       started once per JVM on a free loopback port, reached through an SDK client over HTTP; every
 *       table is deleted before each test;
 *   <li>an endpoint URL such as {@code http://localhost:8000}: an SDK client for any server that speaks
 *       DynamoDB's protocol, with dummy credentials and region {@code us-east-1}; every table is deleted
 *       before each test, so never point it at an account whose tables you want to keep.
 * </ul>
 *
 * <pre>{@code
 * mvn test -Ddynamo.objects.backend=local
 * DYNAMO_OBJECTS_BACKEND=http://localhost:8000 mvn test
 * }</pre>
 */
public final class DynamoBackend {
    /** The system property that selects the backend. */
    public static final String PROPERTY = "dynamo.objects.backend";
    /** The environment variable that selects the backend when the system property is not set. */
    public static final String ENVIRONMENT = "DYNAMO_OBJECTS_BACKEND";

    /** The kinds of backend a test can run on. */
    public enum Kind {
        /** The in-memory engine of this library. */
        EMBEDDED,
        /** DynamoDB Local, in process. */
        LOCAL,
        /** This library's HTTP server over the in-memory engine, on loopback. */
        SERVER,
        /** Any server reached through an endpoint URL. */
        ENDPOINT
    }

    private static final DynamoBackend EMBEDDED = new DynamoBackend(Kind.EMBEDDED, null);
    private static final DynamoBackend LOCAL = new DynamoBackend(Kind.LOCAL, null);
    private static final DynamoBackend SERVER = new DynamoBackend(Kind.SERVER, null);

    private final Kind kind;
    private final URI endpoint;

    private DynamoBackend(Kind kind, URI endpoint) {
        this.kind = kind;
        this.endpoint = endpoint;
    }

    /** Returns the backend selected by {@value #PROPERTY} or {@value #ENVIRONMENT}, embedded when neither is set. */
    public static DynamoBackend selected() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        return parse(value);
    }

    /**
     * Reads a backend setting: {@code embedded}, {@code local}, {@code server} or an {@code http(s)://} URL; null or
     * blank means embedded.
     *
     * @throws IllegalArgumentException naming the accepted values when the setting is none of them
     */
    public static DynamoBackend parse(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        String trimmed = value.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals("embedded")) {
            return EMBEDDED;
        }
        if (lower.equals("local")) {
            return LOCAL;
        }
        if (lower.equals("server")) {
            return SERVER;
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new DynamoBackend(Kind.ENDPOINT, URI.create(trimmed));
        }
        throw new IllegalArgumentException("Unknown DynamoDB backend '" + trimmed + "' in " + PROPERTY + " or "
                + ENVIRONMENT + ": use embedded, local, server or an endpoint URL such as http://localhost:8000");
    }

    /** Returns which kind of backend this is. */
    public Kind kind() {
        return kind;
    }

    /** Returns true for the in-memory engine. */
    public boolean isEmbedded() {
        return kind == Kind.EMBEDDED;
    }

    /** Returns the endpoint URL of an {@link Kind#ENDPOINT} backend. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamoBackend
                && kind == ((DynamoBackend) other).kind
                && Objects.equals(endpoint, ((DynamoBackend) other).endpoint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, endpoint);
    }

    @Override
    public String toString() {
        return endpoint == null ? kind.name().toLowerCase(Locale.ROOT) : endpoint.toString();
    }
}
