package dev.dynamoobjects.it.example;

import dev.dynamoobjects.annotation.BeforeWrite;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A record with Bean Validation constraints on its accessors and a normalising {@code @BeforeWrite} method. */
@Record(table = "member")
public interface Member {
    @Key
    @NotBlank
    String memberId();

    @NotBlank
    @Size(max = 20)
    String name();

    @Email
    String email();

    @PositiveOrZero
    int points();

    /** Stores e-mail addresses trimmed and in lower case. */
    @BeforeWrite
    default Member normalized() {
        return email() == null ? this
                : ImmutableMember.copyOf(this).withEmail(email().trim().toLowerCase(Locale.ROOT));
    }
}
