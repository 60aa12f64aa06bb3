package dev.dynamoobjects.it.writes;

import dev.dynamoobjects.annotation.AutoIncrement;
import dev.dynamoobjects.annotation.BeforeWrite;
import dev.dynamoobjects.annotation.CreatedAt;
import dev.dynamoobjects.annotation.GeneratedUuid;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
import dev.dynamoobjects.annotation.Ttl;
import dev.dynamoobjects.annotation.UpdatedAt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A record whose key, reference and timestamps the library fills, that expires, that is trimmed
 * before each write and validated.
 */
@Record(table = "ticket")
public interface Ticket {
    @Key
    @AutoIncrement(block = 5)
    long ticketId();

    @GeneratedUuid
    UUID reference();

    @NotBlank
    @Size(max = 40)
    String title();

    @CreatedAt
    Instant createdAt();

    @UpdatedAt
    Instant updatedAt();

    @Ttl
    Instant expiresAt();

    /** Titles are stored without surrounding blanks. */
    @BeforeWrite
    default Ticket trimmed() {
        return title() == null ? this : ImmutableTicket.copyOf(this).withTitle(title().strip());
    }
}
