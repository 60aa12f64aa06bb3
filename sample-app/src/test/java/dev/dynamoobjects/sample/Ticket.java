package dev.dynamoobjects.sample;

// The README's validation and generated-values blocks each show the regions of this file that carry
// their name (ReadmeSnippetsTest); the validation block elides the generated values with "// ...".
// snippet: validation keys
import dev.dynamoobjects.annotation.AutoIncrement;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;
// end snippet
// snippet: validation
import dev.dynamoobjects.annotation.BeforeWrite;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
// end snippet
// snippet: keys
import dev.dynamoobjects.annotation.CreatedAt;
import dev.dynamoobjects.annotation.GeneratedUuid;
import dev.dynamoobjects.annotation.Ttl;
import dev.dynamoobjects.annotation.UpdatedAt;
import java.time.Instant;
import java.util.UUID;
// end snippet
// snippet: validation keys

@Record(table = "ticket")
public interface Ticket {
    @Key @AutoIncrement(block = 5) long ticketId();   // 0 on save: the next number of a counter in DynamoDB
// end snippet
// snippet: validation
    @NotBlank @Size(max = 40) String title();
    // ...
// end snippet
// snippet: keys
    @GeneratedUuid UUID reference();                   // null on save: a random UUID (String or UUID)
    @CreatedAt Instant createdAt();                    // set once, from the database clock
    @UpdatedAt Instant updatedAt();                    // set on every save
    @Ttl Instant expiresAt();                          // stored as epoch seconds; TTL enabled on table creation
// end snippet
// snippet: validation
    @BeforeWrite                          // runs before validation on every write
    default Ticket trimmed() { return ImmutableTicket.copyOf(this).withTitle(title().strip()); }
// end snippet
// snippet: validation keys
}
// end snippet
