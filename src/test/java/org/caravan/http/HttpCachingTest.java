package org.caravan.http;

import static io.restassured.RestAssured.given;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.caravan.GraphQL;
import org.caravan.editing.EditingProfile;

/** What HTTP caches and compression see of /graphql: ETags, 304, Cache-Control, Vary, gzipped bodies. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class HttpCachingTest {

    private static final String SOURCES = "{ sources { id title } }";
    private static final String ETAG = "\"[0-9a-f]{32}\"";

    /** A request that sees the bytes as sent: no Accept-Encoding unless given, nothing decompressed. */
    private static RequestSpecification raw() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static Response get(String query) {
        return raw().queryParam("query", query).when().get("/graphql");
    }

    @Test
    void aGetAnswerHasAStrongETagAndIsNotSentAgainToWhoHoldsIt() {
        Response first = get(SOURCES);
        first.then().statusCode(200).header("ETag", matchesPattern(ETAG))
                .header("Cache-Control", is("public, max-age=60"));
        assertEquals("Accept, Accept-Encoding", first.header("Vary"));
        String etag = first.header("ETag");

        for (String held : new String[] { etag, "W/" + etag, "\"something-else\", " + etag, "*" }) {
            raw().header("If-None-Match", held).queryParam("query", SOURCES).when().get("/graphql")
                    .then().statusCode(304).header("ETag", is(etag)).body(is(emptyString()));
        }
        raw().header("If-None-Match", "\"something-else\"").queryParam("query", SOURCES).when().get("/graphql")
                .then().statusCode(200).header("ETag", is(etag)).body("data.sources.size()", is((Integer) first.path("data.sources.size()")));
    }

    @Test
    void aWriteChangesTheETagOfWhatItChanges() {
        String before = get(SOURCES).header("ETag");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { recordSource(input: { id: \"http-caching-article\","
                + " title: \"An article recorded between two reads\", publishedOn: \"2024-05-07\", language: \"en\" })"
                + " { id } }").body("errors", nullValue());
        Response after = raw().header("If-None-Match", before).queryParam("query", SOURCES).when().get("/graphql");
        after.then().statusCode(200).body("data.sources.id", hasItems("http-caching-article"));
        assertNotEquals(before, after.header("ETag"));
        raw().header("If-None-Match", after.header("ETag")).queryParam("query", SOURCES).when().get("/graphql")
                .then().statusCode(304);
    }

    @Test
    void whatNoCacheMayKeepSaysSo() {
        raw().contentType(ContentType.JSON).body(Map.of("query", SOURCES)).when().post("/graphql")
                .then().statusCode(200).header("Cache-Control", is("no-store")).header("ETag", nullValue());
        get("{ place(code: \"atlantis\") { name } }").then().statusCode(200)
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"))
                .header("Cache-Control", is("no-store")).header("ETag", nullValue());
        // An answer to a request with credentials is for that user's browser only.
        raw().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD).queryParam("query", SOURCES).when().get("/graphql")
                .then().statusCode(200).header("Cache-Control", is("private, max-age=60"));
    }

    @Test
    void headAnswersAsGetWithoutTheBody() {
        String etag = get(SOURCES).header("ETag");
        raw().queryParam("query", SOURCES).when().head("/graphql")
                .then().statusCode(200).header("ETag", is(etag)).body(is(emptyString()));
        raw().queryParam("query", "mutation { retractSource(id: \"x\", reason: \"y\") { id } }").when().head("/graphql")
                .then().statusCode(405);
    }

    @Test
    void longAnswersAreCompressedAsTheClientAccepts() throws IOException {
        String query = "{ statistics(first: 40) { edges { node { id printedAmount } } } }";
        String plain = get(query).then().statusCode(200).header("Content-Encoding", nullValue()).extract().asString();
        assertTrue(plain.length() > 1024, "an answer of " + plain.length() + " characters");

        Response gzip = raw().header("Accept-Encoding", "gzip").queryParam("query", query).when().get("/graphql");
        gzip.then().statusCode(200).header("Content-Encoding", is("gzip"));
        byte[] gzipped = gzip.asByteArray();
        assertTrue(gzipped.length < plain.length() / 2, gzipped.length + " bytes compressed");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        // Brotli is left out (application.properties says why): a client asking only for it gets the plain answer.
        raw().header("Accept-Encoding", "br").queryParam("query", query).when().get("/graphql")
                .then().statusCode(200).header("Content-Encoding", nullValue()).body(is(plain));
        raw().header("Accept-Encoding", "br, gzip").queryParam("query", query).when().get("/graphql")
                .then().statusCode(200).header("Content-Encoding", is("gzip"));

        // A short answer is not worth it.
        raw().header("Accept-Encoding", "gzip, br").queryParam("query", "{ __typename }").when().get("/graphql")
                .then().statusCode(200).header("Content-Encoding", nullValue()).body("data.__typename", is("Query"));
    }
}
