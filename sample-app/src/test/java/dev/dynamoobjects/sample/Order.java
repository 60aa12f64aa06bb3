package dev.dynamoobjects.sample;

// The README's derived-values block shows this file between the snippet markers (ReadmeSnippetsTest).
// snippet: order
import dev.dynamoobjects.annotation.Derived;
import dev.dynamoobjects.annotation.Key;
import dev.dynamoobjects.annotation.Record;

@Record(table = "order")
public interface Order {
    @Key String orderId();
    long net();
    long tax();
    default String currency() { return "EUR"; }              // stored; "EUR" when missing
    @Derived default long gross() { return net() + tax(); }  // computed on every call, never stored
}
// end snippet
