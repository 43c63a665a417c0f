package org.caravan.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The CSV and JSON downloads hold exactly what GraphQL answers for the same filter, citations included. */
@QuarkusTest
public class ExportsTest {

    @TestHTTPResource("/")
    URL root;

    private static final String STATISTICS = "query($filter: StatisticFilter) { statistics(filter: $filter, first: 100) {"
            + " totalCount edges { node { id value qualifier period { label } citation { quote source { id } } } } } }";

    @Test
    void csvHasAHeaderAndOneRowPerStatisticWithItsCitation() throws IOException {
        String csv = given().get("/export/statistics.csv?reporter=xinjiang&includePlacesWithinReporter=true")
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("caravan-statistics.csv"))
                .extract().asString();
        List<Map<String, String>> rows = csvRows(csv);
        List<Map<String, Object>> nodes = graphQLNodes(Map.of("reporter", "xinjiang", "includePlacesWithinReporter", true));

        assertEquals(ids(nodes), rows.stream().map(row -> row.get("id")).toList(), "same statistics, same order");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Map<String, Object> node = nodes.get(i);
            assertEquals(node.get("qualifier"), row.get("qualifier"), row.get("id"));
            assertEquals(path(node, "citation.quote"), row.get("quote"), row.get("id"));
            assertEquals(path(node, "citation.source.id"), row.get("sourceId"), row.get("id"));
            assertEquals(path(node, "period.label"), row.get("period"), row.get("id"));
            if (node.get("value") == null) {
                assertEquals("", row.get("value"), row.get("id"));
            } else {
                assertEquals(((Number) node.get("value")).doubleValue(), new BigDecimal(row.get("value")).doubleValue(),
                        row.get("id"));
                assertFalse(row.get("value").contains("E"), "plain numbers, not scientific notation: " + row.get("value"));
            }
        }
    }

    @Test
    void jsonIsAnArrayOfTheSameRows() throws IOException {
        String body = given().get("/export/statistics.json?partner=central-asia&indicator=TRADE_VALUE&indicator=SHARE_OF_TRADE")
                .then().statusCode(200).header("Content-Type", startsWith("application/json"))
                .extract().asString();
        JsonNode array = new ObjectMapper().readTree(body);
        List<Map<String, Object>> nodes = graphQLNodes(Map.of("partner", "central-asia",
                "indicators", List.of("TRADE_VALUE", "SHARE_OF_TRADE")));

        assertTrue(array.isArray());
        List<String> exported = new ArrayList<>();
        array.forEach(row -> exported.add(row.get("id").asText()));
        assertEquals(ids(nodes), exported);
        assertFalse(exported.isEmpty(), "the filter matches figures");
        array.forEach(row -> assertFalse(row.get("sourceTitle").asText().isBlank()));
    }

    @Test
    void granularityNarrowsTheRowsAsInGraphQL() throws IOException {
        List<Map<String, String>> rows = csvRows(given().get("/export/statistics.csv?reporter=kashgar&granularity=year")
                .then().statusCode(200).extract().asString());
        List<Map<String, Object>> nodes = graphQLNodes(Map.of("reporter", "kashgar", "granularity", "YEAR"));
        assertEquals(ids(nodes), rows.stream().map(row -> row.get("id")).toList());
        assertFalse(rows.isEmpty());
        rows.forEach(row -> assertTrue(row.get("period").matches("\\d{4}"), row.get("period")));
    }

    @Test
    void periodMatchNarrowsTheRowsAsInGraphQL() throws IOException {
        // Kashgar's whole-year 2023 figures: enterprises going global, foreign-trade orders and their value.
        List<Map<String, String>> rows = csvRows(given().get("/export/statistics.csv?reporter=kashgar&period=2023"
                + "&periodMatch=exact").then().statusCode(200).extract().asString());
        assertEquals(Set.of("kashgar-enterprises-going-global-2023", "kashgar-foreign-trade-orders-2023",
                "kashgar-foreign-trade-orders-value-2023"), rows.stream().map(row -> row.get("id")).collect(Collectors.toSet()));
        List<Map<String, Object>> nodes = graphQLNodes(Map.of("reporter", "kashgar", "period", "2023", "periodMatch",
                "EXACT"));
        assertEquals(ids(nodes), rows.stream().map(row -> row.get("id")).toList());
    }

    @Test
    void aStatedConversionTravelsWithItsImpliedRate() throws IOException {
        List<Map<String, String>> rows = csvRows(given().get("/export/statistics.csv?source=kashgar-bonded-zone-growth-2023")
                .then().statusCode(200).extract().asString());
        Map<String, String> trade = rows.stream().filter(row -> row.get("id").equals("kashgar-trade-2023-q1-q3"))
                .findFirst().orElseThrow();
        // "exceeded 61 billion yuan (about 8.39 billion U.S. dollars)": 8.39 / 61 = 0.137541.., four digits 0.1375.
        assertEquals(0, new BigDecimal("8390000000").compareTo(new BigDecimal(trade.get("statedConversionValue"))));
        assertEquals("USD", trade.get("statedConversionUnit"));
        assertEquals("ABOUT", trade.get("statedConversionQualifier"));
        assertEquals("8.39 billion", trade.get("statedConversionPrintedAmount"));
        assertEquals(0, new BigDecimal("0.1375").compareTo(new BigDecimal(trade.get("statedConversionRate"))));
        assertEquals("", trade.get("sourceUrl"), "the bundled articles give no address");
        rows.stream().filter(row -> row.get("statedConversionValue").isEmpty())
                .forEach(row -> assertEquals("", row.get("statedConversionRate"), row.get("id")));
    }

    @Test
    void aFilterThatMatchesNothingGivesTheHeaderAlone() throws IOException {
        String csv = given().get("/export/statistics.csv?reporter=kashgar&period=1990").then().statusCode(200)
                .extract().asString();
        assertEquals(1, csv.lines().count(), csv);
        assertTrue(csv.startsWith("id,indicator,"), csv);
        given().get("/export/statistics.json?reporter=kashgar&period=1990").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void badParametersAreRefusedWithTheGraphQLErrorCodes() {
        refused("/export/statistics.csv?reporter=atlantis", "UNKNOWN_PLACE", "reporter");
        refused("/export/statistics.json?period=2023-H3", "INVALID_PERIOD", "period");
        refused("/export/statistics.csv?colour=red", "INVALID_INPUT", "colour");
        refused("/export/statistics.csv?flow=SIDEWAYS", "INVALID_INPUT", "flow");
        refused("/export/statistics.csv?period=2023&periodMatch=roughly", "INVALID_INPUT", "periodMatch");
        refused("/export/statistics.csv?worldTotalOnly=yes", "INVALID_INPUT", "worldTotalOnly");
        refused("/export/statistics.csv?reporter=kashgar&reporter=xinjiang", "INVALID_INPUT", "reporter");
        refused("/export/citations.bib?source=no-such-article", "UNKNOWN_SOURCE", "source");
    }

    /** Two downloads, one after the other, on one connection: a finished download leaves the connection open. */
    @Test
    void theConnectionStaysOpenForTheNextRequest() throws IOException {
        String request = "GET /export/statistics.csv?reporter=kashgar HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /export/citations.bib?reporter=kashgar HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            // Both responses are chunked: each ends with an empty last chunk.
            while (received.toString(StandardCharsets.UTF_8).split("\r\n0\r\n\r\n", -1).length < 3
                    && (read = socket.getInputStream().read(buffer)) != -1) {
                received.write(buffer, 0, read);
            }
            String answers = received.toString(StandardCharsets.UTF_8);
            assertEquals(2, answers.split("HTTP/1.1 200 OK", -1).length - 1, answers);
            assertTrue(answers.contains("@article{kashgar-cashes-in-2023,"), "the second download arrived");
        }
    }

    @Test
    void headChecksTheParametersFormWithoutABody() {
        given().head("/export/statistics.csv?reporter=kashgar").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"));
        given().head("/export/chart.svg?flow=SIDEWAYS").then().statusCode(400);
        given().post("/export/statistics.csv").then().statusCode(405);
    }

    static void refused(String url, String code, String argument) {
        given().get(url).then().statusCode(400)
                .header("Content-Type", startsWith("application/json"))
                .body("errors[0].extensions.code", is(code))
                .body("errors[0].extensions.argument", is(argument))
                .body("errors[0].message", org.hamcrest.Matchers.not(containsString("Exception")));
    }

    static List<Map<String, String>> csvRows(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    static List<Map<String, Object>> graphQLNodes(Map<String, Object> filter) {
        ExtractableResponse<Response> answer = GraphQL.post(STATISTICS, Map.of("filter", filter)).extract();
        List<Map<String, Object>> nodes = answer.path("data.statistics.edges.node");
        assertEquals(answer.<Number> path("data.statistics.totalCount").intValue(), nodes.size(), "one page holds them all");
        return nodes;
    }

    private static List<String> ids(List<Map<String, Object>> nodes) {
        return nodes.stream().map(node -> (String) node.get("id")).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> node, String path) {
        Object value = node;
        for (String key : path.split("\\.")) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }
}
