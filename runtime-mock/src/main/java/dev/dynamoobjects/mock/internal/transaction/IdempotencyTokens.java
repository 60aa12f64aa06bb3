package dev.dynamoobjects.mock.internal.transaction;

import dev.dynamoobjects.mock.internal.capacity.CapacityTally;
import dev.dynamoobjects.mock.internal.limit.Limits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * The ClientRequestTokens of successful TransactWriteItems calls, remembered for ten minutes on the
 * engine's clock: the same token with the same request succeeds again without writing, with another
 * request fails with IdempotentParameterMismatchException. A call that failed leaves no token.
 * Engine-internal: the caller holds the engine's write lock.
 */
public final class IdempotencyTokens {
    private record Used(TransactWriteItemsRequest request, TransactWriteItemsResponse response, Instant expires) {
    }

    /** Where each token is reported when a transaction uses it: the data directory's journal keeps it. */
    public interface Uses {
        void used(TransactWriteItemsRequest request, TransactWriteItemsResponse response);
    }

    private final Map<String, Used> tokens = new HashMap<>();
    private final Clock clock;
    private Uses uses = (request, response) -> {
    };

    public IdempotencyTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs the transaction unless its token was used: then returns the first call's response (or throws
     * when the requests differ).
     */
    TransactWriteItemsResponse once(TransactWriteItemsRequest request, Supplier<TransactWriteItemsResponse> run) {
        String token = request.clientRequestToken();
        if (token == null) {
            return run.get();
        }
        Instant now = clock.instant();
        tokens.values().removeIf(used -> !used.expires().isAfter(now));
        TransactWriteItemsRequest identity = identity(request);
        Used used = tokens.get(token);
        if (used != null) {
            if (!used.request().equals(identity)) {
                throw TransactionErrors.tokenReused();
            }
            return CapacityTally.wanted(request.returnConsumedCapacity()) ? used.response() : used.response().toBuilder()
                    .consumedCapacity((Collection<ConsumedCapacity>) null).build();
        }
        TransactWriteItemsResponse response = run.get();
        tokens.put(token, new Used(identity, response, now.plus(Limits.CLIENT_REQUEST_TOKEN_LIFETIME)));
        uses.used(request, response);
        return response;
    }

    /** Reports each token used from now on to {@code value}. */
    public void uses(Uses value) {
        uses = value;
    }

    /** Remembers a token a transaction used at {@code usedAt}, read back from the data directory's journal. */
    public void restore(TransactWriteItemsRequest request, TransactWriteItemsResponse response, Instant usedAt) {
        tokens.put(request.clientRequestToken(), new Used(identity(request), response,
                usedAt.plus(Limits.CLIENT_REQUEST_TOKEN_LIFETIME)));
    }

    /**
     * A remembered token, as the data directory's snapshot keeps it.
     *
     * @param identity the request without what may differ on a retry (see {@link #identity})
     */
    public record Remembered(String token, TransactWriteItemsRequest identity, TransactWriteItemsResponse response,
                             Instant expires) {
    }

    /** The tokens still remembered (under the engine's write lock, between writes). */
    public List<Remembered> remembered() {
        List<Remembered> all = new ArrayList<>(tokens.size());
        tokens.forEach((token, used) -> all.add(new Remembered(token, used.request(), used.response(), used.expires())));
        return all;
    }

    /** Remembers a token read back from the data directory's snapshot. */
    public void restore(Remembered token) {
        tokens.put(token.token(), new Used(token.identity(), token.response(), token.expires()));
    }

    /** What must match for a repeated call: everything but the token and what is returned. */
    private static TransactWriteItemsRequest identity(TransactWriteItemsRequest request) {
        return request.toBuilder().clientRequestToken(null).returnConsumedCapacity((String) null)
                .returnItemCollectionMetrics((String) null).build();
    }
}
