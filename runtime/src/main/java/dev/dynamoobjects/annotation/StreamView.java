package dev.dynamoobjects.annotation;

/**
 * What each record of a table's stream carries besides the key, as DynamoDB's {@code StreamViewType}.
 * A {@link dev.dynamoobjects.stream.Change} decodes the images its view carries.
 */
public enum StreamView {
    /** Only the key attributes of the item that changed. */
    KEYS_ONLY,
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item as it was before the change. */
    OLD_IMAGE,
    /** The item both before and after the change. */
    NEW_AND_OLD_IMAGES;

    /** Returns true when records carry the item as it was before the change. */
    public boolean hasOldImage() {
        return this == OLD_IMAGE || this == NEW_AND_OLD_IMAGES;
    }

    /** Returns true when records carry the item as it is after the change. */
    public boolean hasNewImage() {
        return this == NEW_IMAGE || this == NEW_AND_OLD_IMAGES;
    }
}
