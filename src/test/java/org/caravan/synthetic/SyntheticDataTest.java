package org.caravan.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** caravan.synthetic.statistics fills the database with marked, realistically shaped figures. */
@QuarkusTest
@TestProfile(SyntheticDataTest.TwoThousandStatistics.class)
public class SyntheticDataTest {

    public static class TwoThousandStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.synthetic.statistics", "2000",
                    "quarkus.datasource.jdbc.url", TestDatabase.url("caravan-synthetic"));
        }
    }

    @Test
    void theFiguresAreThereAndMarkedAsSynthetic() {
        GraphQL.post("{ statistics(filter: {reporter: \"synthetic-port-001\"}, first: 100) { totalCount"
                + " edges { node { id description citation { source { id title } } } } } }")
                .body("data.statistics.totalCount", is(2000))
                .body("data.statistics.edges.node.id", everyItem(startsWith("synthetic-")))
                .body("data.statistics.edges.node.description", everyItem(startsWith("Synthetic: ")))
                .body("data.statistics.edges.node.citation.source.id", everyItem(is("synthetic")))
                .body("data.statistics.edges[0].node.citation.source.title", startsWith("Synthetic benchmark data"));
        GraphQL.post("{ statistics(filter: {reporter: \"xinjiang\"}, first: 100) { edges { node { id } } } }")
                .body("data.statistics.edges.node.id", everyItem(not(startsWith("synthetic-"))));
    }

    @Test
    void exportsAndImportsAddUpAndMonthsCompareYearOnYear() {
        ExtractableResponse<Response> march2016 = GraphQL.post("{ e: statistic(id: \"synthetic-port-001-country-02-2016-03-export\") { value"
                + " growthFromPrevious { from { id } percentChange } }"
                + " i: statistic(id: \"synthetic-port-001-country-02-2016-03-import\") { value }"
                + " t: statistic(id: \"synthetic-port-001-country-02-2016-03-total\") { value } }")
                .body("data.e.growthFromPrevious.from.id", is("synthetic-port-001-country-02-2015-03-export"))
                .body("data.e.growthFromPrevious.percentChange", notNullValue())
                .extract();
        long exports = march2016.<Number> path("data.e.value").longValue();
        long imports = march2016.<Number> path("data.i.value").longValue();
        assertEquals(exports + imports, march2016.<Number> path("data.t.value").longValue());
        GraphQL.post("{ partners(reporter: \"synthetic-port-001\", period: \"2015-06\") { partner { code } } }")
                .body("data.partners", hasSize(6));
    }

    @Test
    void theCsvExportStreamsEveryFigureAcrossManyPages() {
        String csv = io.restassured.RestAssured.given().get("/export/statistics.csv?reporter=synthetic-port-001")
                .then().statusCode(200).header("Transfer-Encoding", is("chunked")).extract().asString();
        List<String> ids = csv.lines().skip(1).map(line -> line.substring(1, line.indexOf('"', 1))).toList();
        assertEquals(2000, ids.size());
        assertEquals(2000, new HashSet<>(ids).size(), "no figure twice across the pages");
    }

    @Test
    void aChartOfManySeriesNamesThemAndDrawsTheOnePicked() {
        String message = io.restassured.RestAssured.given().get("/export/chart.svg?reporter=synthetic-port-001")
                .then().statusCode(400).body("errors[0].extensions.code", is("AMBIGUOUS_SERIES"))
                .extract().path("errors[0].message");
        String first = message.substring(message.indexOf(": ") + 2).split(" \\| ")[0];
        int figures = io.restassured.RestAssured.given().get("/export/statistics.json?" + first).then().statusCode(200)
                .extract().path("size()");
        String svg = io.restassured.RestAssured.given().get("/export/chart.svg?" + first).then().statusCode(200)
                .extract().asString();
        assertTrue(figures > 1, first + " has " + figures + " figures");
        assertEquals(figures, svg.split("<g class=\"point reported\"", -1).length - 1, "one point per figure");
    }
}
