package dev.dynamoobjects.example;

/** Stands in for the processor's immutable implementation of {@link Account}. */
public record ImmutableAccount(String accountId, String owner, long balance, long version) implements Account {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().accountId(accountId).owner(owner).balance(balance).version(version);
    }

    public ImmutableAccount withBalance(long value) {
        return toBuilder().balance(value).build();
    }

    public ImmutableAccount withOwner(String value) {
        return toBuilder().owner(value).build();
    }

    public static final class Builder {
        private String accountId;
        private String owner;
        private long balance;
        private long version;

        public Builder accountId(String value) {
            accountId = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder balance(long value) {
            balance = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public ImmutableAccount build() {
            return new ImmutableAccount(accountId, owner, balance, version);
        }
    }
}
