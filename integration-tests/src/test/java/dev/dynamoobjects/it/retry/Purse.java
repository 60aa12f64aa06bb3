package dev.dynamoobjects.it.retry;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** Money in cents, moved by transactions with conditions rather than versions. */
@Record(table = "purse")
public interface Purse {
    @Key
    String purseId();

    long cents();
}
