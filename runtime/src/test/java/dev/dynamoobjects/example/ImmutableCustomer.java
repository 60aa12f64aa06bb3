package dev.dynamoobjects.example;

/** Stands in for the processor's immutable implementation of {@link Customer}. */
public record ImmutableCustomer(String customerId, String firstName, String lastName, int age) implements Customer {
}
