package dev.dynamoobjects.table;

import java.util.Optional;

/**
 * The settings {@link DynamoDatabase#fromEnvironment()} reads. Each is a system property or an
 * environment variable; the system property wins.
 */
enum Environment {
    /** The endpoint URL, e.g. {@code http://localhost:8000} for DynamoDB Local. */
    ENDPOINT("dynamo.objects.endpoint", "DYNAMO_OBJECTS_ENDPOINT"),
    /** The region; without it, the SDK's default region chain ({@code AWS_REGION}, profile...). */
    REGION("dynamo.objects.region", "DYNAMO_OBJECTS_REGION"),
    /** The prefix of every table name, e.g. {@code dev_}. */
    TABLE_PREFIX("dynamo.objects.tablePrefix", "DYNAMO_OBJECTS_TABLE_PREFIX"),
    /** {@code false} switches automatic table creation off. */
    CREATE_TABLES("dynamo.objects.createTables", "DYNAMO_OBJECTS_CREATE_TABLES");

    private final String property;
    private final String variable;

    Environment(String property, String variable) {
        this.property = property;
        this.variable = variable;
    }

    /** Returns the setting, from the system property or else the environment variable. */
    Optional<String> value() {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(variable);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
