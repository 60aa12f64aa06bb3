package dev.dynamoobjects.mock.internal.expression;

import java.util.List;

/** A parsed function call, before it is checked against what its position in the expression allows. */
record FunctionCall<T>(String name, List<T> arguments) {

    boolean hasArguments(int count) {
        return arguments.size() == count;
    }

    T argument(int index) {
        return arguments.get(index);
    }

    /** The number of operands of a function that is a condition, or -1 when it is not one. */
    static int conditionArity(String name) {
        switch (name) {
            case "attribute_exists":
            case "attribute_not_exists":
                return 1;
            case "attribute_type":
            case "begins_with":
            case "contains":
                return 2;
            default:
                return -1;
        }
    }

    /** Returns true for the functions only an update expression's SET may use. */
    static boolean isUpdateFunction(String name) {
        return name.equals("if_not_exists") || name.equals("list_append");
    }
}
