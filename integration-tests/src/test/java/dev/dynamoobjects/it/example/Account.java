package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Version;

/**
 * A versioned test record: what a user writes. {@link ImmutableAccount}, {@link AccountMapper} and
 * {@link AccountTable} are written by hand exactly as the processor generates them.
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
