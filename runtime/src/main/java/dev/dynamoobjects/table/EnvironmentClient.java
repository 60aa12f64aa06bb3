package dev.dynamoobjects.table;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The client of {@link DynamoDatabase#fromEnvironment()}. With an endpoint set, nothing here asks
 * the EC2 instance metadata service, which the SDK's default region and credential chains do and
 * which costs about a second on every machine that is not an EC2 instance.
 */
final class EnvironmentClient {
    /** The region of a local endpoint when none is set; emulators accept any. */
    static final Region LOCAL_REGION = Region.US_EAST_1;
    /** Any credentials do for a local endpoint; real DynamoDB never gets these. */
    private static final AwsBasicCredentials LOCAL_CREDENTIALS = AwsBasicCredentials.create("local", "local");

    private EnvironmentClient() {
    }

    static DynamoDbClient build(Environment.Source source) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        Optional<String> endpoint = Environment.ENDPOINT.value(source);
        endpoint.ifPresent(url -> builder.endpointOverride(URI.create(url)).credentialsProvider(localCredentials()));
        region(source, endpoint.isPresent()).ifPresent(builder::region);
        return builder.build();
    }

    /**
     * The region: {@code dynamo.objects.region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION} (as
     * the AWS CLI reads it), the profile's; then, with an endpoint, {@link #LOCAL_REGION}, and
     * without one the SDK's own chain (empty here).
     */
    static Optional<Region> region(Environment.Source source, boolean hasEndpoint) {
        Optional<String> named = Environment.REGION.value(source)
                .or(() -> Environment.AWS_REGION.value(source))
                .or(() -> Environment.AWS_DEFAULT_REGION.value(source))
                .or(EnvironmentClient::profileRegion);
        Optional<Region> region = named.map(Region::of);
        return region.isPresent() || !hasEndpoint ? region : Optional.of(LOCAL_REGION);
    }

    private static Optional<String> profileRegion() {
        try {
            return Optional.ofNullable(new AwsProfileRegionProvider().getRegion()).map(Region::id);
        } catch (SdkClientException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Credentials from the environment or the profile if there are any, else dummy ones; never instance metadata. */
    private static AwsCredentialsProvider localCredentials() {
        return AwsCredentialsProviderChain.of(
                EnvironmentVariableCredentialsProvider.create(),
                SystemPropertyCredentialsProvider.create(),
                ProfileCredentialsProvider.create(),
                StaticCredentialsProvider.create(LOCAL_CREDENTIALS));
    }
}
