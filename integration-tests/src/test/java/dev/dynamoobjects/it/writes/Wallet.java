package dev.dynamoobjects.it.writes;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Version;

/** A record with optimistic locking. */
@Record(table = "wallet")
public interface Wallet {
    @Key
    String walletId();

    String owner();

    long balance();

    @Version
    long version();
}
