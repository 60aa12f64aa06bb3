package dev.dynamoobjects.example;

import dev.dynamoobjects.mapping.RecordMapper;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stands in for the processor's mapper of {@link Customer}; it knows only the current shape. */
public final class CustomerMapper implements RecordMapper<Customer> {
    public static final CustomerMapper INSTANCE = new CustomerMapper();

    private CustomerMapper() {
    }

    @Override
    public Map<String, AttributeValue> toItem(Customer c) {
        Map<String, AttributeValue> item = new HashMap<>(8);
        item.put("customerId", AttributeValue.fromS(c.customerId()));
        if (c.firstName() != null) {
            item.put("firstName", AttributeValue.fromS(c.firstName()));
        }
        if (c.lastName() != null) {
            item.put("lastName", AttributeValue.fromS(c.lastName()));
        }
        item.put("age", AttributeValue.fromN(Integer.toString(c.age())));
        return item;
    }

    @Override
    public Customer fromItem(Map<String, AttributeValue> item) {
        AttributeValue age = item.get("age");
        return new ImmutableCustomer(s(item, "customerId"), s(item, "firstName"), s(item, "lastName"),
                age == null ? 0 : Integer.parseInt(age.n()));
    }

    @Override
    public Map<String, AttributeValue> keyOf(Customer c) {
        return Map.of("customerId", AttributeValue.fromS(c.customerId()));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
