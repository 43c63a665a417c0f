package org.caravan.export;

import static io.restassured.RestAssured.given;
import static org.caravan.export.ExportsTest.refused;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The SVG chart of a series shows the figures GraphQL serves: reported points with their values, the base a
 * reported rate implies as a derived point, Caravan's computed growth, and the articles in its caption.
 */
@QuarkusTest
public class ChartTest {

    private static final String KASHGAR_YEARS = "/export/chart.svg?reporter=kashgar&worldTotalOnly=true&indicator=TRADE_VALUE&granularity=YEAR";

    @Test
    void reportedDerivedAndComputedAreDrawnAndLabelled() throws Exception {
        Document svg = chart(KASHGAR_YEARS);
        List<Map<String, Object>> nodes = ExportsTest.graphQLNodes(Map.of("reporter", "kashgar", "worldTotalOnly", true,
                "indicators", List.of("TRADE_VALUE")));
        List<Map<String, Object>> yearly = nodes.stream()
                .filter(node -> ((Map<?, ?>) node.get("period")).get("label").toString().matches("\\d{4}")).toList();

        List<Element> reported = elements(svg, "//*[@class='point reported']");
        assertEquals(yearly.size(), reported.size(), "one filled point per yearly figure");
        for (Map<String, Object> node : yearly) {
            Element point = point(reported, (String) node.get("id"));
            assertEquals(((Number) node.get("value")).doubleValue(), new BigDecimal(point.getAttribute("data-value")).doubleValue());
        }

        ExtractableResponse<Response> answer = GraphQL.post("{ later: statistic(id: \"kashgar-trade-2022\") {"
                + " impliedPreviousValue { value periodLabel } }"
                + " growth(fromId: \"kashgar-trade-2013\", toId: \"kashgar-trade-2022\") { percentChange } }").extract();
        Element derived = point(elements(svg, "//*[@class='point derived']"), "kashgar-trade-2022");
        assertEquals(answer.<Number> path("data.later.impliedPreviousValue.value").doubleValue(),
                new BigDecimal(derived.getAttribute("data-value")).doubleValue());
        assertTrue(derived.getTextContent().contains(answer.<String> path("data.later.impliedPreviousValue.periodLabel")
                + ": about "), derived.getTextContent());
        assertTrue(text(svg, "//*[@class='growth reported']").contains("3.96 times that of 2013"));

        String computed = text(svg, "//*[@class='growth computed']");
        String percent = new BigDecimal(answer.<Number> path("data.growth.percentChange").toString()).setScale(2).toPlainString();
        assertTrue(computed.startsWith("+" + percent + "% computed"), computed + " vs " + percent);

        String caption = text(svg, "//*[@class='caption']");
        assertTrue(caption.contains("Kashgar cashes in on cross-border trade"), caption);
        assertTrue(text(svg, "/*[local-name()='svg']/*[local-name()='desc']").contains("derived by Caravan"));
    }

    @Test
    void aForecastIsADiamondLabelledWithItsHedging() throws Exception {
        Document svg = chart("/export/chart.svg?reporter=kashgar&worldTotalOnly=true&indicator=TRADE_VALUE&granularity=MONTHS_TO_DATE");
        List<Element> forecasts = elements(svg, "//*[@class='point forecast']");
        assertEquals(1, forecasts.size());
        assertTrue(forecasts.get(0).getTextContent().contains("expected to surpass"), forecasts.get(0).getTextContent());
        assertEquals(0, elements(svg, "//*[@class='point reported']").size());
    }

    @Test
    void aFilterMatchingSeveralSeriesIsRefusedWithTheParametersOfEach() {
        String message = given().get("/export/chart.svg?reporter=kashgar&indicator=TRADE_VALUE").then().statusCode(400)
                .body("errors[0].extensions.code", is("AMBIGUOUS_SERIES"))
                .extract().path("errors[0].message");
        List<String> choices = List.of(message.substring(message.indexOf(": ") + 2).split(" \\| "));
        assertTrue(choices.size() > 1, message);
        for (String choice : choices) {
            given().get("/export/chart.svg?" + choice).then().statusCode(200);
        }
    }

    @Test
    void nothingToDrawAndBadParametersAreRefused() {
        given().get("/export/chart.svg?reporter=kashgar&period=1990").then().statusCode(400)
                .body("errors[0].extensions.code", is("EMPTY_SERIES"));
        refused("/export/chart.svg?granularity=DECADE", "INVALID_INPUT", "granularity");
        refused("/export/chart.svg?partner=XX", "UNKNOWN_PLACE", "partner");
    }

    private static Document chart(String url) throws Exception {
        byte[] body = given().get(url).then().statusCode(200).header("Content-Type", startsWith("image/svg+xml"))
                .extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> elements(Document svg, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Document svg, String xpath) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Element element : elements(svg, xpath)) {
            text.append(element.getTextContent()).append('\n');
        }
        return text.toString();
    }

    private static Element point(List<Element> points, String statisticId) {
        return points.stream().filter(point -> point.getAttribute("data-statistic").equals(statisticId)).findFirst()
                .orElseThrow(() -> new AssertionError("no point for " + statisticId));
    }
}
