package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

/** Twenty record types of the flat shape, for the first-use benchmark. */
public final class TwentyRecords {
    private TwentyRecords() {
    }

    /** Record type 1. */
    @Record(table = "t01")
    public interface T01 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 2. */
    @Record(table = "t02")
    public interface T02 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 3. */
    @Record(table = "t03")
    public interface T03 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 4. */
    @Record(table = "t04")
    public interface T04 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 5. */
    @Record(table = "t05")
    public interface T05 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 6. */
    @Record(table = "t06")
    public interface T06 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 7. */
    @Record(table = "t07")
    public interface T07 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 8. */
    @Record(table = "t08")
    public interface T08 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 9. */
    @Record(table = "t09")
    public interface T09 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 10. */
    @Record(table = "t10")
    public interface T10 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 11. */
    @Record(table = "t11")
    public interface T11 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 12. */
    @Record(table = "t12")
    public interface T12 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 13. */
    @Record(table = "t13")
    public interface T13 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 14. */
    @Record(table = "t14")
    public interface T14 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 15. */
    @Record(table = "t15")
    public interface T15 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 16. */
    @Record(table = "t16")
    public interface T16 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 17. */
    @Record(table = "t17")
    public interface T17 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 18. */
    @Record(table = "t18")
    public interface T18 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 19. */
    @Record(table = "t19")
    public interface T19 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }

    /** Record type 20. */
    @Record(table = "t20")
    public interface T20 {
        @Key
        String id();

        String name();

        int quantity();

        long updatedAt();

        double price();

        boolean active();
    }
}
