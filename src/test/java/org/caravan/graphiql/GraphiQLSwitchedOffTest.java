package org.caravan.graphiql;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** One runtime setting takes GraphiQL away; the API stays. */
@QuarkusTest
@TestProfile(GraphiQLSwitchedOffTest.NoGraphiQL.class)
public class GraphiQLSwitchedOffTest {

    public static class NoGraphiQL implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.ui.enabled", "false");
        }
    }

    @Test
    void theUiIsGoneAndTheApiAnswers() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        given().get("/q/graphql-ui/render.js").then().statusCode(404);
        given().accept("text/html").redirects().follow(false).get("/graphql").then().statusCode(406);
        GraphQL.post("{ sources { id } }").body("errors", org.hamcrest.Matchers.nullValue());
    }
}
