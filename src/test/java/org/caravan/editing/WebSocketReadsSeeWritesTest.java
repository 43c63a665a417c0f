package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Base64;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * All operations of one WebSocket connection are served in the request context of its upgrade: an entry read
 * there earlier must not hide an edit made since, by another request or by the same connection.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class WebSocketReadsSeeWritesTest {

    private static final String SOURCE = "websocket-reads-article";
    private static final String READ = "{ sources { id title } }";

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static String input(String title) {
        return "{ id: \"" + SOURCE + "\", title: \"" + title + "\", publishedOn: \"2024-05-07\", language: \"en\" }";
    }

    @Test
    void aConnectionReadsWhatWasWrittenAfterItsLastRead() throws Exception {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { recordSource(input: " + input("First title") + ") { id } }")
                .body("errors", nullValue());
        String basic = "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes());
        try (WebSocketGraphQL socket = WebSocketGraphQL.open(endpoint, Map.of("Authorization", basic))) {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", socket.next().getString("type"));
            assertEquals("First title", title(socket.execute(READ)));

            GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { correctSource(id: \"" + SOURCE + "\", reason: \"test\","
                    + " input: " + input("Corrected over HTTP") + ") { title } }")
                    .body("data.correctSource.title", is("Corrected over HTTP"));
            assertEquals("Corrected over HTTP", title(socket.execute(READ)));

            JsonObject corrected = socket.execute("mutation { correctSource(id: \"" + SOURCE + "\", reason: \"test\","
                    + " input: " + input("Corrected over this connection") + ") { title } }");
            assertEquals("Corrected over this connection", corrected.getJsonObject("data").getJsonObject("correctSource")
                    .getString("title"), corrected.encode());
            assertEquals("Corrected over this connection", title(socket.execute(READ)));
        }
        GraphQL.post(READ).body("data.sources.find { it.id == '" + SOURCE + "' }.title", is("Corrected over this connection"));
    }

    private static String title(JsonObject answer) {
        return answer.getJsonObject("data").getJsonArray("sources").stream().map(JsonObject.class::cast)
                .filter(source -> source.getString("id").equals(SOURCE)).findFirst().orElseThrow().getString("title");
    }
}
