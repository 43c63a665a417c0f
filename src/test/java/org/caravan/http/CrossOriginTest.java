package org.caravan.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** By default a page on any origin may read, without the browser's stored credentials. */
@QuarkusTest
public class CrossOriginTest {

    private static final String NEWSROOM = "https://newsroom.example";

    @Test
    void aPageOnAnyOriginMayReadWithoutCredentials() {
        given().header("Origin", NEWSROOM).contentType(ContentType.JSON)
                .body(Map.of("query", "{ statistic(id: \"kashgar-trade-2022\") { printedAmount } }"))
                .post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"))
                .body("data.statistic.printedAmount", is("49.31 billion"));
        given().header("Origin", NEWSROOM).get("/export/statistics.csv?reporter=kashgar").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }

    @Test
    void aPreflightNamesTheMethodsAndTheHeadersAsked() {
        given().header("Origin", NEWSROOM).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, apollo-require-preflight")
                .options("/graphql").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", "content-type, apollo-require-preflight")
                .header("Access-Control-Max-Age", "600");
    }

    @Test
    void aProgramWithoutAnOriginGetsNoCorsHeaders() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ sources { id } }"))
                .post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
