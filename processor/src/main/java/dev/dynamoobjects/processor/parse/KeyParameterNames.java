package dev.dynamoobjects.processor.parse;

import dev.dynamoobjects.processor.Message;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.IndexModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Checks the names of the attributes that become parameters of generated methods (the table's
 * keys, and the partition keys of global indexes, in {@code get(id)} or {@code queryByCity(city)}):
 * a parameter named like its own table constant ({@code ID}) would hide the constant that the
 * method's body encodes it with.
 */
final class KeyParameterNames {
    private KeyParameterNames() {
    }

    static void check(AttributeModel partitionKey, AttributeModel sortKey, List<IndexModel> indexes,
                      Map<AttributeModel, Element> attributes, Problems problems) {
        Set<AttributeModel> parameters = new LinkedHashSet<>();
        parameters.add(partitionKey);
        parameters.add(sortKey);
        indexes.stream().filter(IndexModel::global).forEach(index -> parameters.addAll(index.partitionKeys()));
        // A multi-attribute sort key's leading attributes are query parameters too (equalities).
        indexes.stream().filter(IndexModel::multiAttribute).forEach(index -> parameters.addAll(index.sortKeys()));
        for (AttributeModel key : parameters) {
            if (key != null && key.accessor().equals(key.constantName())) {
                problems.error(attributes.get(key), Message.KEY_NAMED_LIKE_ITS_CONSTANT, key.accessor(),
                        lowerCamel(key.accessor()), key.name());
            }
        }
    }

    /** Returns {@code ORDER_ID} as {@code orderId}, {@code ID} as {@code id}. */
    private static String lowerCamel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_+")) {
            if (!part.isEmpty()) {
                name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return name.toString();
    }
}
