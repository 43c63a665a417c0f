package org.caravan.http;

import static io.restassured.RestAssured.given;
import static org.caravan.http.GraphQLOverHttpTest.json;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Requests a careless or hostile client sends. Each gets a 4xx or a GraphQL error with a stable code, within
 * seconds (a hang fails the socket timeout), and the service answers a normal query afterwards.
 */
@QuarkusTest
public class MalformedRequestsTest {

    private static final int SOCKET_TIMEOUT_MS = 15_000;

    static ValidatableResponse postRaw(String contentType, byte[] body) {
        // Sent as the exact bytes given, whatever the content type says they are.
        return given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", SOCKET_TIMEOUT_MS))
                        .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(contentType, ContentType.BINARY)))
                .contentType(contentType).body(body).when().post("/graphql").then();
    }

    static ValidatableResponse postRaw(String body) {
        return postRaw("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stillAnswering() {
        json(Map.of("query", "{ sources { id } }")).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.sources", not(hasSize(0)));
    }

    @Test
    void invalidJson() {
        postRaw("{\"query\": \"{ sources { id } }\"").statusCode(400).body("errors[0].extensions.code", is("INVALID_JSON"));
        postRaw("query=sources").statusCode(400).body("errors[0].extensions.code", is("INVALID_JSON"));
    }

    @Test
    void jsonThatIsNotAGraphqlRequest() {
        for (String body : List.of("\"{ sources { id } }\"", "42", "null", "{}", "{\"query\": 7}",
                "{\"query\": \"{ sources { id } }\", \"variables\": \"{}\"}",
                "{\"query\": \"{ sources { id } }\", \"operationName\": [\"A\"]}")) {
            postRaw(body).statusCode(400).body("errors[0].extensions.code", is("INVALID_REQUEST"));
        }
    }

    @Test
    void emptyBody() {
        postRaw("").statusCode(400).body("errors[0].extensions.code", is("INVALID_REQUEST"));
    }

    @Test
    void wrongContentTypes() {
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/graphql", "text/plain; charset=utf-8", "application/xml")) {
            postRaw(type, "{\"query\": \"{ sources { id } }\"}".getBytes(StandardCharsets.UTF_8))
                    .statusCode(415).body("errors[0].extensions.code", is("UNSUPPORTED_MEDIA_TYPE"));
        }
    }

    @Test
    void invalidUtf8() {
        byte[] prefix = "{\"query\": \"{ place(code: \\\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by another lead byte: never valid UTF-8
        body[prefix.length + 1] = (byte) 0xC3;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        postRaw("application/json", body).statusCode(400).body("errors[0].extensions.code", is("INVALID_ENCODING"));
    }

    @Test
    void hugeStrings() {
        String longCode = "x".repeat(90_000);
        json(Map.of("query", "query($code: String!) { place(code: $code) { name } }", "variables",
                Map.of("code", longCode))).when().post("/graphql")
                .then().statusCode(200).body("data.place", nullValue())
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"));
        json(Map.of("query", "{ sources { id } }", "variables", Map.of("padding", "x".repeat(200_000))))
                .when().post("/graphql").then().statusCode(413);
    }

    @Test
    void deeplyNestedInputObjects() {
        // Nested in the document: the parser's depth limit stops it before the engine walks anything.
        String nested = "{ statistics(filter: " + "{ and: ".repeat(400) + "{}" + " }".repeat(400) + ") { totalCount } }";
        json(Map.of("query", nested)).when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", is("QUERY_TOO_DEEP"));
        // Nested in the variables: JSON nesting deeper than the reader allows is refused as invalid JSON.
        String deepJson = "[".repeat(5_000) + "]".repeat(5_000);
        postRaw("{\"query\": \"query($f: StatisticFilter) { statistics(filter: $f) { totalCount } }\","
                + " \"variables\": {\"f\": " + deepJson + "}}")
                .statusCode(400).body("errors[0].extensions.code", is("INVALID_JSON"));
        // Nested just within JSON's limits: graphql-java refuses the value for the input type.
        Map<String, Object> filter = new HashMap<>();
        Map<String, Object> inner = filter;
        for (int i = 0; i < 200; i++) {
            Map<String, Object> next = new HashMap<>();
            inner.put("reporter", next);
            inner = next;
        }
        json(Map.of("query", "query($f: StatisticFilter) { statistics(filter: $f) { totalCount } }",
                "variables", Map.of("f", filter))).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue()).body("errors", not(hasSize(0)));
    }

    @Test
    void unknownOperation() {
        json(Map.of("query", "query A { sources { id } } query B { places { code } }", "operationName", "C"))
                .when().post("/graphql")
                .then().statusCode(200).body("data", nullValue()).body("errors", not(hasSize(0)));
    }

    @Test
    void variablesOfTheWrongType() {
        json(Map.of("query", "query($n: Int) { statistics(first: $n) { totalCount } }", "variables",
                Map.of("n", "ten"))).accept(ContentType.JSON).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue()).body("errors", not(hasSize(0)))
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
        json(Map.of("query", "query($n: Int) { statistics(first: $n) { totalCount } }", "variables",
                Map.of("n", 1e12))).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue()).body("errors", not(hasSize(0)))
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void aDocumentThatDoesNotValidateIsCoded() {
        json(Map.of("query", "{ sources { id noSuchField } }")).accept(ContentType.JSON).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("noSuchField"));
        json(Map.of("query", "{ statistic { id } }")).accept(ContentType.JSON).when().post("/graphql")
                .then().body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"));
    }
}
