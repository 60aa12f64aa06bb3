package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.OverloadedIndex;
import dev.dynamoobjects.annotation.SingleTable;

/** One table for customers, their orders and the orders' lines. */
@SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
public sealed interface Shop permits Customer, Order, OrderLine {
}
