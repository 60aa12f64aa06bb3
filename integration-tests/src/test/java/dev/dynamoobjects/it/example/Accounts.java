package dev.dynamoobjects.it.example;

/** Versioned test data. */
public final class Accounts {
    private Accounts() {
    }

    /** Returns a new account (version 0: never saved). */
    public static ImmutableAccount account(String accountId, long balance) {
        return ImmutableAccount.builder().accountId(accountId).owner("owner of " + accountId).balance(balance).build();
    }
}
