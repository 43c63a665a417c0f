package org.caravan.limits;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Introspection is on by default (QueryLimitsTest runs GraphiQL's query); one runtime setting turns it off. */
@QuarkusTest
@TestProfile(IntrospectionSwitchedOffTest.NoIntrospection.class)
public class IntrospectionSwitchedOffTest {

    public static class NoIntrospection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.limits.introspection", "false");
        }
    }

    @Test
    void introspectionIsRefusedAndQueriesStillWork() {
        GraphQL.post("{ __schema { queryType { name } } }").body("data", nullValue())
                .body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"));
        GraphQL.post("query { ...T } fragment T on Query { __type(name: \"Place\") { name } }")
                .body("errors[0].extensions.code", is("INTROSPECTION_DISABLED"));
        GraphQL.post("{ sources { __typename } }").body("errors", nullValue());
        GraphQL.post("{ sources { id } }").body("errors", nullValue()).body("data.sources", not(hasSize(0)));
    }
}
