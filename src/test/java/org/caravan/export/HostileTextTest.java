package org.caravan.export;

import static io.restassured.RestAssured.given;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.caravan.GraphQL;
import org.caravan.editing.EditingProfile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Text that would harm a reader's tools: control characters are refused in every input string; a cell a
 * spreadsheet would run as a formula is exported as plain text; the chart stays well-formed XML whatever is stored.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class HostileTextTest {

    private static final String RECORD = "mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }";

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> figure(String id, String description, String period) {
        return figure(id, description, period, "khorgos");
    }

    private static Map<String, Object> figure(String id, String description, String period, String reporter) {
        Map<String, Object> input = new HashMap<>(Map.ofEntries(Map.entry("id", id), Map.entry("indicator", "TRADE_VALUE"),
                Map.entry("description", description), Map.entry("reporter", reporter), Map.entry("flow", "TOTAL"),
                Map.entry("period", period), Map.entry("amount", "1.5 billion"), Map.entry("unit", "CNY"),
                Map.entry("qualifier", "ABOUT"), Map.entry("source", "kashgar-cashes-in-2023"),
                Map.entry("quote", "a test excerpt"), Map.entry("growthPercent", "-5.2")));
        return input;
    }

    @Test
    void controlCharactersAreRefusedInEveryString() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("nul-figure", "Trade\u0000 hidden", "2033")))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("input.description"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { retractStatistic(id: \"kashgar-trade-2022\", reason: \"bell\\u0007\") { id } }")
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("reason"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { retractStatistic(id: \"kashgar-trade-2022\", reason: \""
                + "x".repeat(1001) + "\") { id } }")
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("reason"));
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { retracted } }").body("data.statistic.retracted", is(false));
    }

    @Test
    void formulasAreExportedAsTextAndNumbersKeepTheirSign() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD,
                Map.of("input", figure("formula-figure", "=HYPERLINK(\"http://evil.example\",\"click\")", "2034")))
                .body("errors", org.hamcrest.Matchers.nullValue());
        String csv = given().get("/export/statistics.csv?reporter=khorgos&period=2034").then().statusCode(200)
                .extract().asString();
        String row = csv.lines().filter(line -> line.startsWith("formula-figure")).findFirst().orElseThrow();
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), row);
        assertTrue(row.contains(",-5.2,"), "the growth rate stays a negative number: " + row);
        // JSON is for programs, not spreadsheets: the text stays as recorded
        given().get("/export/statistics.json?reporter=khorgos&period=2034").then().statusCode(200)
                .body("[0].description", is("=HYPERLINK(\"http://evil.example\",\"click\")"));
    }

    @Test
    void theChartIsWellFormedXmlWhateverIsStored() throws Exception {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { recordPlace(input: {code: \"hostile-text-port\","
                + " name: \"A test port\", kind: LAND_PORT}) { code } }").body("errors", org.hamcrest.Matchers.nullValue());
        for (String period : new String[] { "2035", "2036" }) {
            GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("chart-figure-" + period,
                    "Port trade", period, "hostile-text-port"))).body("errors", org.hamcrest.Matchers.nullValue());
        }
        // stored before control characters were refused (PostgreSQL cannot store NUL at all; these two it can)
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update place set"
                + " name = 'Port' || chr(1) || ' <trade> & ' || chr(7) where code = 'hostile-text-port'")
                .executeUpdate());
        byte[] body = given().get("/export/chart.svg?reporter=hostile-text-port&indicator=TRADE_VALUE")
                .then().statusCode(200).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertTrue(new String(body).contains("Port &lt;trade&gt; &amp;"), new String(body));
    }
}
