package org.caravan.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** Every list field of the schema contract has a size in the cost model, so none is counted as one item. */
class ListSizesTest {

    @Test
    void everyListFieldOfTheSchemaHasASize() throws Exception {
        TypeDefinitionRegistry schema = new SchemaParser().parse(Files.readString(Path.of("src/main/graphql/schema.graphql")));
        List<String> unsized = new ArrayList<>();
        List<String> stale = new ArrayList<>(ListSizes.UNPAGED.keySet());
        stale.addAll(ListSizes.PAGED_BY_PARENT.keySet());
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            for (FieldDefinition field : type.getFieldDefinitions()) {
                String key = type.getName() + "." + field.getName();
                if (isList(field.getType())) {
                    stale.remove(key);
                    if (!ListSizes.UNPAGED.containsKey(key) && !ListSizes.PAGED_BY_PARENT.containsKey(key)) {
                        unsized.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), unsized, "list fields without a size in ListSizes");
        assertEquals(List.of(), stale, "sizes in ListSizes for fields that are not lists of the schema");
    }

    private static boolean isList(Type<?> type) {
        return type instanceof ListType || type instanceof NonNullType nonNull && nonNull.getType() instanceof ListType;
    }
}
