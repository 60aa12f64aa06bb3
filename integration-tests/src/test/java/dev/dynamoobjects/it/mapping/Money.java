package dev.dynamoobjects.it.mapping;

import java.math.BigDecimal;

/** A type the processor does not know, mapped with {@link MoneyConverter}. */
public record Money(BigDecimal amount, String currency) {
}
