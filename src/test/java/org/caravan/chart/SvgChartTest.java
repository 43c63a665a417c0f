package org.caravan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.caravan.period.Granularity;
import org.caravan.period.Period;
import org.caravan.source.Source;
import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The drawing alone, on series the bundled data does not have: a range, and text that needs escaping. */
class SvgChartTest {

    @Test
    void aRangeIsDrawnAsABarAndLabelledWithBothEnds() throws Exception {
        ChartPoint range = new ChartPoint(ChartPoint.Kind.REPORTED, year(2024), new BigDecimal("25"), new BigDecimal("30"),
                Qualifier.EXACT, "clearance-2024", 1, null);
        Document svg = parse(SvgChart.render(new ChartContent("Clearance time", Unit.MINUTES, List.of(range), List.of(),
                List.of(source("Customs & ports <2024>")))));

        Element bar = only(svg.getElementsByTagName("line"), "range");
        assertTrue(Double.parseDouble(bar.getAttribute("y2")) < Double.parseDouble(bar.getAttribute("y1")),
                "the bar rises from 25 to 30");
        Element point = only(svg.getElementsByTagName("g"), "point reported");
        assertTrue(point.getTextContent().contains("2024: 25-30 [1]"), point.getTextContent());
        assertTrue(point.getTextContent().contains("25 MINUTES to 30 MINUTES"), point.getTextContent());
    }

    @Test
    void textFromTheDataIsEscaped() throws Exception {
        ChartPoint point = new ChartPoint(ChartPoint.Kind.REPORTED, year(2024), new BigDecimal("3"), null,
                Qualifier.ABOUT, "a<b&c", 1, null);
        String title = "Ports \"A\" & <B>";
        Document svg = parse(SvgChart.render(new ChartContent(title, Unit.COUNT, List.of(point), List.of(),
                List.of(source("Customs & ports <2024>")))));

        assertEquals(title, svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("a<b&c", only(svg.getElementsByTagName("g"), "point reported").getAttribute("data-statistic"));
        assertTrue(svg.getDocumentElement().getTextContent().contains("\u201cCustoms & ports <2024>\u201d"));
        assertTrue(only(svg.getElementsByTagName("g"), "point reported").getTextContent().contains("2024: about 3 [1]"));
    }

    private static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR, Integer.toString(year));
    }

    private static Source source(String title) {
        Source source = new Source();
        source.id = "test-source";
        source.title = title;
        source.language = "en";
        return source;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element only(NodeList elements, String cssClass) {
        Element found = null;
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                assertEquals(null, found, "one element of class " + cssClass);
                found = element;
            }
        }
        assertTrue(found != null, "an element of class " + cssClass);
        return found;
    }
}
