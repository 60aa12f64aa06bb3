package dev.dynamoobjects.sample;

/** Placeholder until the sample app is written. */
public final class InventoryApp {
    private InventoryApp() {
    }

    /** Runs the app. */
    public static void main(String[] args) {
        System.out.println("dynamo-objects sample app");
    }
}
