package org.caravan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

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
}
