package org.caravan.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;

/**
 * The README's example queries through SmallRye GraphQL's typesafe Java client, over HTTP like any client, with
 * what the README says of their answers.
 */
@QuarkusTest
public class TypesafeClientTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    CaravanApi caravan;

    @BeforeEach
    void connect() {
        caravan = TypesafeGraphQLClientBuilder.newBuilder().endpoint(endpoint.toString()).build(CaravanApi.class);
    }

    @AfterEach
    void disconnect() throws Exception {
        caravan.close();
    }

    @Test
    void kashgarsTradeValuesComeWithTheirGrowthAndCitations() {
        CaravanApi.StatisticPage page = caravan.statistics(
                new CaravanApi.StatisticFilter("kashgar", List.of("TRADE_VALUE")), 20);
        assertTrue(page.totalCount() > 0);
        assertEquals(page.totalCount(), page.edges().size());
        for (CaravanApi.StatisticEdge edge : page.edges()) {
            assertFalse(edge.node().citation().quote().isBlank(), edge.node().id());
        }
        assertTrue(page.edges().stream().anyMatch(edge -> edge.node().growthFromPrevious() != null
                && edge.node().growthFromPrevious().derived()));
    }

    @Test
    void growthBetweenTwoFiguresIsWhatTheReadmeSays() {
        CaravanApi.Growth growth = caravan.growth("kashgar-trade-2013", "kashgar-trade-2022");
        assertEquals(new BigDecimal("296.38"), growth.percentChange());
        assertEquals(new BigDecimal("16.54"), growth.cagrPercent());
        assertEquals(9, growth.years());
    }

    @Test
    void xinjiangsPartnersAreRankedWithTheirShares() {
        List<CaravanApi.PartnerShare> partners = caravan.partners("xinjiang", "2022");
        assertEquals("central-asia", partners.get(0).partner().code());
        assertEquals(new BigDecimal("48.37"), partners.get(0).sharePercent());
        assertEquals("PK", partners.get(1).partner().code());
        assertEquals(2, partners.get(1).rank());
    }

    @Test
    void disagreementsMeetingsAndConversionsAnswer() {
        assertTrue(caravan.consistencyFindings().stream()
                .anyMatch(finding -> finding.kind().equals("PARTS_AND_TOTAL") && finding.verdict().equals("INCONSISTENT")));
        CaravanApi.MeetingPage meetings = caravan.meetings(new CaravanApi.MeetingFilter("xinjiang", "2023-01-01"));
        assertFalse(meetings.edges().isEmpty());
        meetings.edges().forEach(edge -> assertNotNull(edge.node().citation().source().title()));
        assertEquals("USD", caravan.statistic("kazakhstan-xinjiang-trade-2023-h1").unit());
    }

    @Test
    void anErrorReachesTheJavaClientWithItsCode() {
        GraphQLClientException thrown = assertThrows(GraphQLClientException.class,
                () -> caravan.statistic("no-such-statistic"));
        assertEquals("UNKNOWN_STATISTIC", thrown.getErrors().get(0).getExtensions().get("code"));
    }
}
