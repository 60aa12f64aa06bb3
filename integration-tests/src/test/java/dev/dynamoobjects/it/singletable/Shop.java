package dev.dynamoobjects.it.singletable;

import dev.dynamoobjects.annotation.OverloadedIndex;
import dev.dynamoobjects.annotation.SingleTable;
import dev.dynamoobjects.annotation.Stream;
import dev.dynamoobjects.annotation.StreamView;

/** One table for customers, their orders and the orders' lines; its stream carries every entity's changes. */
@SingleTable(name = "shop", indexes = @OverloadedIndex(name = "gsi1"))
@Stream(StreamView.NEW_AND_OLD_IMAGES)
public sealed interface Shop permits Customer, Order, OrderLine, Review {
}
