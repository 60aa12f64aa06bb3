package dev.dynamoobjects.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.dynamoobjects.processor.model.AttributeModel;
import dev.dynamoobjects.processor.model.GeneratedNames;
import dev.dynamoobjects.processor.model.IndexModel;
import dev.dynamoobjects.processor.model.KeyRole;
import dev.dynamoobjects.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the table's nested marker class of each sort-key attribute ({@code ProductTable.SortedByPrice}):
 * the type argument of the key conditions its constant builds, and of the key-condition parameter
 * of every query method of what it sorts. Each table and index has one sort key, so typing by the
 * attribute types by the table or index, and an attribute that sorts several (the table and an
 * index, or two indexes) keeps one constant that all their queries take. Never instantiated.
 */
final class SortKeyMarkers {
    private final RecordModel model;

    SortKeyMarkers(RecordModel model) {
        this.model = model;
    }

    /** Returns the marker of an attribute that is the sort key of the table or an index, else null. */
    static ClassName markerOf(RecordModel model, AttributeModel attribute) {
        return queriesSortedBy(model, attribute).isEmpty() ? null
                : model.names().table().nestedClass(GeneratedNames.sortKeyMarker(attribute.accessor()));
    }

    void addTo(TypeSpec.Builder table) {
        for (AttributeModel attribute : model.attributes()) {
            ClassName marker = markerOf(model, attribute);
            if (marker != null) {
                table.addType(marker(marker, attribute));
            }
        }
    }

    private TypeSpec marker(ClassName marker, AttributeModel attribute) {
        return TypeSpec.classBuilder(marker)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Types the key conditions on {@code $L}, so that only the queries of what it sorts take them:\n"
                        + "$L.\n\n<pre>{@code\n$L.$L\n}</pre>\n", attribute.name(),
                        String.join(", ", queriesSortedBy(model, attribute)), model.names().table().simpleName(),
                        attribute.constantName() + ".gt(" + attribute.accessor() + ")")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
    }

    /** Returns the query methods the attribute is the sort key of, for Javadoc: "{@code query}, {@code queryByCity}". */
    static List<String> queriesSortedBy(RecordModel model, AttributeModel attribute) {
        List<String> queries = new ArrayList<>();
        if (attribute.role() == KeyRole.SORT) {
            queries.add("{@code query}");
        }
        for (IndexModel index : model.table().indexes()) {
            if (attribute.equals(index.sortKey())) {
                queries.add("{@code " + index.queryMethod() + "}");
            }
        }
        return queries;
    }
}
