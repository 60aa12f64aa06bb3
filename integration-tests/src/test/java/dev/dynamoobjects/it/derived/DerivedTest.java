package dev.dynamoobjects.it.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamoobjects.mock.junit.DynamoTest;
import dev.dynamoobjects.table.DynamoDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code @Derived} methods through generated code: computed on every call, never stored nor read. */
@DynamoTest
class DerivedTest {
    private static final ImmutableInvoice INVOICE = ImmutableInvoice.builder()
            .invoiceId("i-1").net(100).tax(20)
            .payee(ImmutablePayee.builder().firstName("Ada").lastName("Lovelace").build())
            .build();

    DynamoDbClient dynamo;
    InvoiceTable invoices;

    @BeforeEach
    void create() {
        invoices = new InvoiceTable(DynamoDatabase.of(dynamo));
    }

    @Test
    void aDerivedValueFollowsTheAttributesItReads() {
        assertEquals(120, INVOICE.gross());
        ImmutableInvoice changed = INVOICE.withNet(200);
        assertEquals(220, changed.gross());
        assertEquals("i-1: 220 EUR", changed.label());
        assertEquals("i-1: 230 USD", changed.toBuilder().tax(30).currency("USD").build().label());
        assertEquals("Ada Byron", ImmutablePayee.copyOf(changed.payee()).withLastName("Byron").fullName());
    }

    @Test
    void derivedValuesAreNotInTheStoredItem() {
        invoices.save(INVOICE);
        Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(invoices.tableName())
                .key(Map.of("invoiceId", AttributeValue.fromS("i-1")))).item();
        assertEquals(Set.of("invoiceId", "net", "tax", "payee", "currency"), item.keySet());
        assertEquals(Set.of("firstName", "lastName"), item.get("payee").m().keySet());
        assertEquals(item, InvoiceMapper.INSTANCE.toItem(INVOICE));
    }

    @Test
    void aDerivedValueIsComputedFromWhatIsRead() {
        invoices.save(INVOICE);
        invoices.update("i-1", InvoiceTable.NET.set(50L));
        Invoice read = invoices.get("i-1");
        assertEquals(70, read.gross());
        assertEquals("i-1: 70 EUR", read.label());
        assertEquals("Ada Lovelace", read.payee().fullName());
    }

    @Test
    void aValueStoredBeforeTheMethodWasDerivedIsIgnored() {
        invoices.save(INVOICE);
        Map<String, AttributeValue> item = new HashMap<>(InvoiceMapper.INSTANCE.toItem(INVOICE));
        item.put("gross", AttributeValue.fromN("999"));
        dynamo.putItem(request -> request.tableName(invoices.tableName()).item(item));
        assertEquals(120, invoices.get("i-1").gross());
    }

    @Test
    void valueSemanticsIgnoreDerivedValues() {
        assertEquals(INVOICE, INVOICE.withNet(100));
        assertEquals(INVOICE.hashCode(), ImmutableInvoice.copyOf(INVOICE).hashCode());
        assertEquals(false, INVOICE.toString().contains("gross"));
    }
}
