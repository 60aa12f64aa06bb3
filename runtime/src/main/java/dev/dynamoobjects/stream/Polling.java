package dev.dynamoobjects.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How {@link ChangeFeed#during} waits: it polls with short, growing pauses until changes have come
 * and a poll finds no more, or until the wait for the first change is over.
 */
final class Polling {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(5);
    private static final Duration MAX_PAUSE = Duration.ofMillis(200);

    private final Duration wait;
    private final String table;

    Polling(Duration wait, String table) {
        this.wait = wait;
        this.table = table;
    }

    <T> List<T> collect(Supplier<List<T>> poll) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<T> all = new ArrayList<>();
        Duration pause = FIRST_PAUSE;
        while (true) {
            List<T> arrived = poll.get();
            all.addAll(arrived);
            boolean settled = !all.isEmpty() && arrived.isEmpty();
            if (settled || all.isEmpty() && System.nanoTime() - deadline > 0) {
                return all;
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChangeFeedException(StreamMessages.interrupted(table), table, e);
        }
    }
}
