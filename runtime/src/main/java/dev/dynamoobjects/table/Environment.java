package dev.dynamoobjects.table;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings {@link DynamoDatabase#fromEnvironment()} reads. Each is a system property or an
 * environment variable; the system property wins.
 */
enum Environment {
    /** The endpoint URL, e.g. {@code http://localhost:8000} for DynamoDB Local. */
    ENDPOINT("dynamo.objects.endpoint", "DYNAMO_OBJECTS_ENDPOINT"),
    /** The region; without it, the AWS variables, the profile, then the SDK's chain or us-east-1. */
    REGION("dynamo.objects.region", "DYNAMO_OBJECTS_REGION"),
    /** The SDK's own region setting, read here so that a local endpoint never needs the SDK's chain. */
    AWS_REGION("aws.region", "AWS_REGION"),
    /** The AWS CLI's region variable, which the SDK does not read. */
    AWS_DEFAULT_REGION(null, "AWS_DEFAULT_REGION"),
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

    /** Where settings are read from: the JVM's properties and the process's environment. */
    record Source(UnaryOperator<String> properties, UnaryOperator<String> variables) {
        static final Source SYSTEM = new Source(System::getProperty, System::getenv);
    }

    /** Returns the setting, from the system property or else the environment variable. */
    Optional<String> value(Source source) {
        String value = property == null ? null : source.properties().apply(property);
        if (value == null) {
            value = source.variables().apply(variable);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
