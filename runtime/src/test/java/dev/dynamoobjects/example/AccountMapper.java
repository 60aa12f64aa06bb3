package dev.dynamoobjects.example;

import dev.dynamoobjects.mapping.RecordMapper;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper of {@link Account}; the version is an ordinary number attribute. */
public final class AccountMapper implements RecordMapper<Account> {
    public static final AccountMapper INSTANCE = new AccountMapper();

    private AccountMapper() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Account a) {
        Map<String, AttributeValue> item = new HashMap<>(8);
        if (a.accountId() != null) {
            item.put("accountId", AttributeValue.fromS(a.accountId()));
        }
        if (a.owner() != null) {
            item.put("owner", AttributeValue.fromS(a.owner()));
        }
        item.put("balance", AttributeValue.fromN(Long.toString(a.balance())));
        item.put("version", AttributeValue.fromN(Long.toString(a.version())));
        return item;
    }

    @Override
    public Account fromItem(Map<String, AttributeValue> item) {
        ImmutableAccount.Builder b = ImmutableAccount.builder();
        AttributeValue v;
        if ((v = item.get("accountId")) != null) {
            b.accountId(v.s());
        }
        if ((v = item.get("owner")) != null) {
            b.owner(v.s());
        }
        if ((v = item.get("balance")) != null) {
            b.balance(Long.parseLong(v.n()));
        }
        if ((v = item.get("version")) != null) {
            b.version(Long.parseLong(v.n()));
        }
        return b.build();
    }

    @Override
    public Map<String, AttributeValue> keyOf(Account a) {
        return Map.of("accountId", AttributeValue.fromS(a.accountId()));
    }
}
