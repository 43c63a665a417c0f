package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.websocket.WebsocketSubprotocol;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * statisticRecorded over the graphql-transport-ws protocol, with SmallRye's Java client: a committed figure is
 * announced, a refused one is not. (src/test/js/subscriptions.test.mjs makes the same checks with graphql-ws.)
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class SubscriptionsTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void aCommittedFigureIsAnnouncedAndARefusedOneIsNot() throws Exception {
        try (DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder().url(endpoint.toString())
                .subprotocols(WebsocketSubprotocol.GRAPHQL_TRANSPORT_WS).build()) {
            AssertSubscriber<Response> events = client
                    .subscription("subscription { statisticRecorded { id printedAmount qualifier citation { quote } } }")
                    .subscribe().withSubscriber(AssertSubscriber.create(10));
            Thread.sleep(1000); // the server has registered the subscription

            GraphQL.post(RECORD, Map.of("input", figure("subscription-refused")))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.is("UNAUTHENTICATED"));
            GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("subscription-announced")))
                    .body("errors", nullValue());

            events.awaitItems(1, Duration.ofSeconds(15));
            List<Response> received = events.getItems();
            assertEquals(1, received.size());
            JsonObject statistic = received.get(0).getData().getJsonObject("statisticRecorded");
            assertEquals("subscription-announced", statistic.getString("id"));
            assertEquals("2.5 billion", statistic.getString("printedAmount"));
            assertEquals("ABOUT", statistic.getString("qualifier"));
            assertEquals("a test excerpt", statistic.getJsonObject("citation").getString("quote"));
            events.cancel();
        }
    }

    private static final String RECORD = "mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }";

    private static Map<String, Object> figure(String id) {
        return Map.ofEntries(Map.entry("id", id), Map.entry("indicator", "TRADE_VALUE"),
                Map.entry("description", "A test figure"), Map.entry("reporter", "kashgar"), Map.entry("flow", "TOTAL"),
                Map.entry("period", "2032"), Map.entry("amount", "2.5 billion"), Map.entry("unit", "CNY"),
                Map.entry("qualifier", "ABOUT"), Map.entry("source", "kashgar-cashes-in-2023"),
                Map.entry("quote", "a test excerpt"));
    }
}
