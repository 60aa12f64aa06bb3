package dev.dynamoobjects.it.example;

/** Test data for the validation tests. */
public final class Members {
    private Members() {
    }

    public static ImmutableMember member(String memberId, String name, String email, int points) {
        return ImmutableMember.builder().memberId(memberId).name(name).email(email).points(points).build();
    }
}
