package org.caravan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.scalars.ExtendedScalars;

class ScalarSpecificationsTest {

    @Test
    void eachKnownScalarSaysWhereItIsSpecified() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                "scalar Date scalar Other type Query { on: Date other: Other }"),
                RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.Date).scalar(GraphQLScalarType.newScalar()
                        .name("Other").coercing(ExtendedScalars.Date.getCoercing()).build()).build());
        GraphQLSchema specified = ScalarSpecifications.of(schema);
        assertEquals("https://scalars.graphql.org/andimarek/local-date.html",
                ((GraphQLScalarType) specified.getType("Date")).getSpecifiedByUrl());
        assertNull(((GraphQLScalarType) specified.getType("Other")).getSpecifiedByUrl());
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
