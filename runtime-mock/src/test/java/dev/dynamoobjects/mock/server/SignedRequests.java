package dev.dynamoobjects.mock.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests signed by the AWS SDK's own SigV4 signer, to send raw (and to tamper with). */
final class SignedRequests {
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length");

    private SignedRequests() {
    }

    static HttpRequest sign(URI endpoint, String target, String body, String accessKey, String secretKey) {
        return signAt(endpoint, target, body, accessKey, secretKey, Instant.now());
    }

    static HttpRequest signAt(URI endpoint, String target, String body, String accessKey, String secretKey,
                              Instant at) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("X-Amz-Target", "DynamoDB_20120810." + target)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!SET_BY_HTTP_CLIENT.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        return request.build();
    }
}
