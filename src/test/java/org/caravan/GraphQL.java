package org.caravan;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Posts a GraphQL document to /graphql over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String document) {
        return post(document, Map.of());
    }

    public static ValidatableResponse post(String document, Map<String, Object> variables) {
        return request(given(), document, variables);
    }

    /** Posts with HTTP basic credentials. */
    public static ValidatableResponse postAs(String user, String password, String document) {
        return postAs(user, password, document, Map.of());
    }

    /** Posts with HTTP basic credentials and variables. */
    public static ValidatableResponse postAs(String user, String password, String document,
            Map<String, Object> variables) {
        return request(given().auth().preemptive().basic(user, password), document, variables);
    }

    private static ValidatableResponse request(RequestSpecification request, String document,
            Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return request
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)))
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
