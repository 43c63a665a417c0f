package org.caravan.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The GraphQL-over-HTTP rules a client relies on: methods, media types and the status of each kind of error. */
@QuarkusTest
public class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String SOURCES = "{ sources { id } }";

    static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    @Test
    void optionsOnTheSchemaAnswersAtOnce() {
        given().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                .httpClientConfig().setParam("http.socket.timeout", 5_000)))
                .options("/graphql/schema.graphql").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void getRunsAQueryWithVariables() {
        given().queryParam("query", "query($code: String!) { place(code: $code) { name } }")
                .queryParam("variables", "{\"code\":\"kashgar\"}")
                .when().get("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.place.name", is("Kashgar Prefecture"));
    }

    @Test
    void getRefusesMutationsBeforeAnythingRuns() {
        given().queryParam("query", "mutation { retractPlace(code: \"kashgar\", reason: \"via GET\") { code } }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"));
    }

    @Test
    void introspectionSaysWhereEachScalarIsSpecified() {
        json(Map.of("query", "{ __type(name: \"Date\") { specifiedByURL } }")).when().post("/graphql").then()
                .statusCode(200).body("data.__type.specifiedByURL", is("https://scalars.graphql.org/andimarek/local-date.html"));
        json(Map.of("query", "{ __type(name: \"BigDecimal\") { specifiedByURL } }")).when().post("/graphql").then()
                .statusCode(200).body("data.__type.specifiedByURL", startsWith("https://docs.oracle.com/"));
    }

    @Test
    void printingTheSchemaLeavesTheEngineAsItWas() {
        // Once, printing copied the types that use a scalar and rewired the engine's arguments to the copies: a
        // variable of such an input type then failed validation against its own argument.
        given().get("/graphql/schema.graphql").then().statusCode(200);
        json(Map.of("query", "mutation($input: MeetingInput!) { recordMeeting(input: $input) { id } }", "variables",
                Map.of("input", Map.of("id", "x", "kind", "CEREMONY", "datePrecision", "DAY", "title", "t", "quote", "q",
                        "source", "xj-gb-customs-meeting-2023")))).when()
                .post("/graphql").then().statusCode(200).body("errors[0].extensions.code", is("UNAUTHENTICATED"));
    }

    @Test
    void introspectionAskedInBadFaithHasACode() {
        // graphql-java refuses a document asking for the same introspection field twice (a cheap way to a huge answer).
        json(Map.of("query", "{ a: __type(name: \"Date\") { name } b: __type(name: \"Place\") { name } }"))
                .when().post("/graphql").then().statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_FAITH_INTROSPECTION"));
    }

    @Test
    void headAnswersWhereverGetDoes() {
        for (String path : List.of("/graphql?query=%7B%20sources%20%7B%20id%20%7D%20%7D", "/graphql/schema.graphql",
                "/q/graphql-ui/", "/q/health", "/q/metrics", "/export/statistics.csv?reporter=kashgar",
                "/export/citations.bib?reporter=kashgar")) {
            int get = given().urlEncodingEnabled(false).when().get(path).then().extract().statusCode();
            given().urlEncodingEnabled(false).when().head(path).then().statusCode(get).body(is(""));
            assertEquals(200, get, path);
        }
    }

    @Test
    void otherMethodsAreNotAllowed() {
        json(Map.of("query", SOURCES)).when().put("/graphql")
                .then().statusCode(405).header("Allow", "GET, HEAD, POST")
                .body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"));
    }

    @Test
    void answersInJsonUnlessTheClientAsksForGraphqlResponseJson() {
        json(Map.of("query", SOURCES)).when().post("/graphql")
                .then().statusCode(200).contentType("application/json; charset=utf-8").body("data.sources", hasSize(5));
        json(Map.of("query", SOURCES)).accept("*/*").when().post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"));
        json(Map.of("query", SOURCES)).accept(GRAPHQL_RESPONSE).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
        json(Map.of("query", SOURCES)).accept("application/json;q=0.5, " + GRAPHQL_RESPONSE).when().post("/graphql")
                .then().statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void refusesAnAcceptHeaderItCannotSatisfy() {
        json(Map.of("query", SOURCES)).accept("text/html").when().post("/graphql")
                .then().statusCode(406).body("errors[0].extensions.code", is("NOT_ACCEPTABLE"));
    }

    @Test
    void requestErrorsAre400InGraphqlResponseJsonAnd200InJson() {
        Map<String, Map<String, Object>> requestErrors = Map.of(
                "syntax", Map.of("query", "{ sources { id }"),
                "validation", Map.of("query", "{ sources { noSuchField } }"),
                "variable coercion", Map.of("query", "query($code: String!) { place(code: $code) { name } }",
                        "variables", Map.of("code", 42.5)));
        requestErrors.forEach((kind, body) -> {
            json(body).accept(GRAPHQL_RESPONSE).when().post("/graphql")
                    .then().statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                    .body("data", nullValue()).body("errors[0].message", notNullValue());
            json(body).accept(ContentType.JSON).when().post("/graphql")
                    .then().statusCode(200).body("data", nullValue()).body("errors", not(hasSize(0)));
        });
    }

    @Test
    void aFieldErrorIsAPartialResultAnswered200() {
        json(Map.of("query", "{ place(code: \"atlantis\") { name } sources { id } }")).accept(GRAPHQL_RESPONSE)
                .when().post("/graphql")
                .then().statusCode(200).body("data.sources", hasSize(5))
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"));
    }

    @Test
    void aPostNeedsAJsonContentType() {
        given().body("{\"query\":\"{ sources { id } }\"}").when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("text/plain").body(SOURCES).when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/json; charset=iso-8859-1").body(Map.of("query", SOURCES))
                .when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"));
    }
}
