package org.caravan.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    @Test
    void labelsNeverOverlapEvenWithValuesATenthOfAPercentApart() throws Exception {
        // A year, its second half and the next year: their midpoints are close, their values 0.1% apart.
        ChartPoint year = new ChartPoint(ChartPoint.Kind.REPORTED, year(2023), new BigDecimal("1000000000"), null,
                Qualifier.EXACT, "a", 1, null);
        ChartPoint half = new ChartPoint(ChartPoint.Kind.REPORTED, new Period(LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 12, 31), Granularity.HALF, "2023-H2"), new BigDecimal("1001000000"), null,
                Qualifier.ABOUT, "b", 1, null);
        ChartPoint next = new ChartPoint(ChartPoint.Kind.FORECAST, year(2024), new BigDecimal("1002000000"), null,
                Qualifier.EXPECTED_TO_EXCEED, "c", 1, null);
        List<ChartGrowth> growths = List.of(new ChartGrowth(year, half, "+0.1% computed"),
                new ChartGrowth(half, next, "+0.1% computed"));
        Document svg = parse(SvgChart.render(new ChartContent("Close values", Unit.USD, List.of(year, half, next),
                growths, List.of(source("Close values")))));

        List<double[]> boxes = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getAttribute("class").matches("value|growth computed|growth reported")) {
                boxes.add(box(text));
            }
        }
        assertEquals(5, boxes.size(), "three values and two growths");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertTrue(!overlap, "labels " + i + " and " + j + " overlap: " + Arrays.toString(a) + " " + Arrays.toString(b));
            }
        }
    }

    @Test
    void theLegendListsOnlyWhatIsDrawnAndTheDrawingTakesItsContainersWidth() throws Exception {
        ChartPoint reported = new ChartPoint(ChartPoint.Kind.REPORTED, year(2024), new BigDecimal("3"), null,
                Qualifier.EXACT, "a", 1, null);
        Document svg = parse(SvgChart.render(new ChartContent("Reported only", Unit.COUNT, List.of(reported), List.of(),
                List.of(source("One article")))));
        String legend = only(svg.getElementsByTagName("g"), "legend").getTextContent();
        assertTrue(legend.contains("figure as reported"), legend);
        assertTrue(!legend.contains("forecast") && !legend.contains("derived") && !legend.contains("computed"), legend);

        Element root = svg.getDocumentElement();
        assertEquals("100%", root.getAttribute("width"));
        assertEquals("", root.getAttribute("height"), "no fixed height: the viewBox keeps the proportions");
        assertTrue(root.getAttribute("viewBox").matches("0 0 860 \\d+"), root.getAttribute("viewBox"));
        assertEquals("chart-title chart-desc", root.getAttribute("aria-labelledby"));
        assertEquals("img", root.getAttribute("role"));
    }

    /**
     * A text's box as 12 px Helvetica takes at most: 7.4 px a character in bold, 6.6 otherwise (its average is under
     * 6 and 7), 15 px high.
     */
    private static double[] box(Element text) {
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double width = text.getTextContent().length() * (text.getAttribute("font-weight").equals("bold") ? 7.4 : 6.6);
        double left = switch (text.getAttribute("text-anchor")) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
        };
        return new double[] { left, y - 12, left + width, y + 3 };
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
