package org.caravan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.scalars.ExtendedScalars;

class ScalarSpecificationsTest {

    @Test
    void thePrintedSchemaSaysWhereEachKnownScalarIsSpecified() {
        String sdl = "\"A date\"\nscalar Date\n\n\"Other\"\nscalar Other\n\ntype Query {\n  on: Date\n}\n";
        assertEquals("\"A date\"\nscalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")"
                + "\n\n\"Other\"\nscalar Other\n\ntype Query {\n  on: Date\n}\n", ScalarSpecifications.inSdl(sdl));
    }

    @Test
    void introspectionAnswersItWithoutCopyingTheTypes() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                "scalar Date type Query { on: Date }"),
                RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.Date).build());
        GraphQLSchema answering = ScalarSpecifications.inIntrospection(schema);
        assertSame(schema.getType("Query"), answering.getType("Query"));
        Map<String, Object> data = GraphQL.newGraphQL(answering).build()
                .execute("{ __type(name: \"Date\") { specifiedByURL } }").getData();
        assertEquals(Map.of("__type", Map.of("specifiedByURL", "https://scalars.graphql.org/andimarek/local-date.html")),
                data);
    }
}
