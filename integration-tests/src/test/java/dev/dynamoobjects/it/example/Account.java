package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Version;

/**
 * A versioned test record; the processor generates {@link ImmutableAccount}, {@link AccountMapper}
 * and {@link AccountTable}.
 */
@Record(table = "account")
public interface Account {
    @Key
    String accountId();

    String owner();

    long balance();

    @Version
    long version();
}
