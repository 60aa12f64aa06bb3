package dev.dynamoobjects.example;

/** Stands in for the processor's immutable implementation of {@link Member}. */
public record ImmutableMember(String memberId, String name, String email, int points) implements Member {
}
