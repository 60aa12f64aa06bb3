package dev.dynamoobjects.mock.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The kinds of operation a generator makes, each drawn as often as its weight says, from the
 * generator's own seeded {@link Random} (so that a seed replays the same run).
 *
 * <pre>{@code
 * OperationMix mix = new OperationMix(random).weigh(10, this::put).weigh(3, this::query);
 * Operation next = mix.get();
 * }</pre>
 */
final class OperationMix implements Supplier<Operation> {
    private final Random random;
    private final List<Supplier<Operation>> kinds = new ArrayList<>();

    OperationMix(Random random) {
        this.random = random;
    }

    /** Adds a kind drawn {@code weight} times in every sum-of-weights draws, on average. */
    OperationMix weigh(int weight, Supplier<Operation> kind) {
        for (int i = 0; i < weight; i++) {
            kinds.add(kind);
        }
        return this;
    }

    @Override
    public Operation get() {
        return kinds.get(random.nextInt(kinds.size())).get();
    }
}
