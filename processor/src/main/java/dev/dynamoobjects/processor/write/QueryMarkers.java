package dev.dynamoobjects.processor.write;

import static dev.dynamoobjects.processor.RuntimeNames.ANY_QUERY;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the table's nested marker interfaces, which type what each query accepts, since DynamoDB
 * refuses a query filter that names a key of that query:
 *
 * <ul>
 *   <li>one per key attribute of the table or an index ({@code ProductTable.SkuKey}): the type
 *       argument of its conditions, and of the key-condition parameter of the queries it sorts.
 *       Each table and index has one sort key, so typing by the attribute types by the query, and
 *       an attribute that sorts several keeps one constant that all their queries take;
 *   <li>one per query method ({@code ProductTable.TableQuery}, {@code ProductTable.ByCategoryQuery}),
 *       the type argument of its query, extending the markers of the keys it may filter on (those
 *       that are none of its own) and so taking their filters, and those of every other attribute
 *       ({@code AnyQuery}).
 * </ul>
 *
 * Never implemented.
 */
final class QueryMarkers {
    private final RecordModel model;

    QueryMarkers(RecordModel model) {
        this.model = model;
    }

    /** A query method and the key attributes DynamoDB refuses in its filter. */
    private record QueryKeys(String method, List<AttributeModel> keys) {
        boolean isKey(AttributeModel attribute) {
            return keys.contains(attribute);
        }
    }

    /** Returns the marker of an attribute that is a key of the table or of an index, else null. */
    static ClassName keyMarker(RecordModel model, AttributeModel attribute) {
        return queriesKeyedBy(model, attribute).isEmpty() ? null
                : model.names().table().nestedClass(GeneratedNames.keyMarker(attribute.accessor()));
    }

    /** Returns the marker of a query method ({@code query}, {@code queryByCategory}). */
    static ClassName queryMarker(RecordModel model, String queryMethod) {
        return model.names().table().nestedClass(GeneratedNames.queryMarker(queryMethod));
    }

    void addTo(TypeSpec.Builder table) {
        for (AttributeModel attribute : keyAttributes()) {
            table.addType(keyMarker(attribute));
        }
        for (QueryKeys query : queries(model)) {
            table.addType(queryMarker(query));
        }
    }

    private TypeSpec keyMarker(AttributeModel attribute) {
        List<String> sorted = queriesSortedBy(model, attribute);
        return TypeSpec.interfaceBuilder(keyMarker(model, attribute))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(ANY_QUERY)
                .addJavadoc("Types the conditions on {@code $L}, a key of $L: only the other queries take them as filters,\n"
                                + "since DynamoDB refuses a filter on a query's own keys.$L\n\n<pre>{@code\n$L.$L\n}</pre>\n",
                        attribute.name(), String.join(", ", queriesKeyedBy(model, attribute)),
                        sorted.isEmpty() ? "" : "\nIts comparisons are also the key conditions of " + String.join(", ", sorted) + ".",
                        model.names().table().simpleName(), attribute.constantName() + ".eq(" + attribute.accessor() + ")")
                .build();
    }

    private TypeSpec queryMarker(QueryKeys query) {
        List<ClassName> filterable = keyAttributes().stream()
                .filter(attribute -> !query.isKey(attribute))
                .map(attribute -> keyMarker(model, attribute))
                .toList();
        String ownKeys = keyAttributes().stream().filter(query::isKey)
                .map(attribute -> "{@code " + attribute.name() + "}").collect(Collectors.joining(" and "));
        return TypeSpec.interfaceBuilder(queryMarker(model, query.method()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterfaces(filterable.isEmpty() ? List.of(ANY_QUERY) : filterable)
                .addJavadoc("Types the filters {@code $L} takes: conditions on any attribute but its own keys, $L.\n",
                        query.method(), ownKeys)
                .build();
    }

    /** Returns the attributes that are a key of some query, in declaration order. */
    private List<AttributeModel> keyAttributes() {
        return model.attributes().stream().filter(attribute -> !queriesKeyedBy(model, attribute).isEmpty()).toList();
    }

    private static List<QueryKeys> queries(RecordModel model) {
        List<QueryKeys> queries = new ArrayList<>();
        List<AttributeModel> tableKeys = new ArrayList<>();
        tableKeys.add(model.table().partitionKey());
        if (model.table().sortKey() != null) {
            tableKeys.add(model.table().sortKey());
        }
        queries.add(new QueryKeys("query", tableKeys));
        for (IndexModel index : model.table().indexes()) {
            List<AttributeModel> keys = new ArrayList<>(index.partitionKeys());
            keys.addAll(index.sortKeys());
            queries.add(new QueryKeys(index.queryMethod(), keys));
        }
        return queries;
    }

    /** Returns the query methods the attribute is a key of, for Javadoc: "{@code query}, {@code queryByCity}". */
    private static List<String> queriesKeyedBy(RecordModel model, AttributeModel attribute) {
        Set<String> methods = new LinkedHashSet<>();
        for (QueryKeys query : queries(model)) {
            if (query.isKey(attribute)) {
                methods.add("{@code " + query.method() + "}");
            }
        }
        return List.copyOf(methods);
    }

    /** Returns the query methods the attribute is the sort key of, for Javadoc: "{@code query}, {@code queryByCity}". */
    static List<String> queriesSortedBy(RecordModel model, AttributeModel attribute) {
        List<String> queries = new ArrayList<>();
        if (attribute.role() == KeyRole.SORT) {
            queries.add("{@code query}");
        }
        for (IndexModel index : model.table().indexes()) {
            if (index.sortKeys().contains(attribute)) {
                queries.add("{@code " + index.queryMethod() + "}");
            }
        }
        return queries;
    }
}
