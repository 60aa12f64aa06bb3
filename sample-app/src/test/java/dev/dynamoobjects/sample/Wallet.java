package dev.dynamoobjects.sample;

// The README's optimistic-locking block shows this file between the snippet markers (ReadmeSnippetsTest).
// snippet: wallet
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Version;

@Record(table = "wallet")
public interface Wallet {
    @Key String walletId();
    long balance();
    @Version long version();
}
// end snippet
