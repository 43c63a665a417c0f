package org.caravan.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.caravan.source.Source;
import org.caravan.trade.AmountFormat;

/**
 * Draws a {@link ChartContent} as a self-contained SVG a newsroom can embed: values over time, reported figures as
 * filled dots with the article's hedging in their labels, forecasts as diamonds, derived values as hollow
 * dashed dots, computed growth marked "computed", and the articles in a caption. Elements carry classes
 * (point reported, point derived, growth computed ...) so that tests and style sheets can find them. The drawing
 * has a viewBox and no fixed size, so it takes its container's width; labels are laid out so that none overlaps
 * another ({@link LabelPlacement}); the legend lists only what is drawn.
 */
final class SvgChart {

    private static final int WIDTH = 860;
    private static final int LEFT = 90;
    private static final int RIGHT = 50;
    private static final int TOP = 100;
    private static final int PLOT_HEIGHT = 300;
    private static final int CAPTION_TOP = TOP + PLOT_HEIGHT + 56;
    private static final int LINE_HEIGHT = 16;
    private static final int CAPTION_CHARACTERS = 125;
    private static final String REPORTED = "#1f5f8b";
    private static final String FORECAST = "#c2410c";
    private static final String DERIVED = "#6b7280";
    /** A white outline under each label keeps it readable where it crosses a line. */
    private static final String HALO = " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\"";

    private final ChartContent series;
    private final StringBuilder svg = new StringBuilder();
    private final long firstDay;
    private final long lastDay;
    private final double yMax;
    private final double yStep;
    private final BigDecimal divisor;
    private final String divisorWord;
    private final Map<ChartPoint, Double> valueLabelY = new IdentityHashMap<>();
    private final Map<ChartPoint, Double> derivedNoteY = new IdentityHashMap<>();
    private final Map<ChartGrowth, Double> growthLabelY = new IdentityHashMap<>();

    private SvgChart(ChartContent series) {
        this.series = series;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        double max = 0;
        for (ChartPoint point : series.points()) {
            first = Math.min(first, point.period().start.toEpochDay());
            last = Math.max(last, point.period().end.toEpochDay());
            max = Math.max(max, point.top().doubleValue());
        }
        long margin = Math.max(30, (last - first) / 25);
        this.firstDay = first - margin;
        this.lastDay = last + margin;
        this.yStep = niceStep(max > 0 ? max / 5 : 1);
        this.yMax = Math.max(yStep, Math.ceil(max * 1.1 / yStep) * yStep);
        boolean money = series.unit().isMoney();
        this.divisor = money && max >= 1e9 ? new BigDecimal("1e9") : money && max >= 1e6 ? new BigDecimal("1e6") : BigDecimal.ONE;
        this.divisorWord = divisor.compareTo(BigDecimal.ONE) == 0 ? "" : max >= 1e9 ? " bn" : " m";
    }

    static String render(ChartContent series) {
        return new SvgChart(series).draw();
    }

    private String draw() {
        List<String> caption = caption();
        int height = CAPTION_TOP + caption.size() * LINE_HEIGHT + 16;
        layOutLabels();
        // No fixed size: the drawing scales to the width of whatever holds it, keeping its proportions.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""
                        + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"chart-title\">").append(escape(series.title())).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(20, 30, "start", "chart-title", "font-size=\"17\" font-weight=\"bold\"", series.title());
        legend();
        axes();
        lines();
        growths();
        points();
        for (int i = 0; i < caption.size(); i++) {
            text(20, CAPTION_TOP + i * LINE_HEIGHT, "start", "caption", "fill=\"#374151\"", caption.get(i));
        }
        return svg.append("</svg>\n").toString();
    }

    /** One entry per kind of mark the chart draws, side by side. */
    private void legend() {
        int y = 62;
        double x = 24;
        svg.append("<g class=\"legend\">\n");
        for (ChartPoint.Kind kind : ChartPoint.Kind.values()) {
            if (series.points().stream().anyMatch(point -> point.kind() == kind)) {
                String words = switch (kind) {
                    case REPORTED -> "figure as reported";
                    case FORECAST -> "forecast, not a result";
                    case DERIVED -> "derived by Caravan from a reported rate";
                };
                dot(x, y - 4, kind, "legend-" + kind.name().toLowerCase(Locale.ROOT));
                text(x + 10, y, "start", "legend", "", words);
                x += 10 + words.length() * 6.6 + 28;
            }
        }
        if (!series.growths().isEmpty()) {
            text(x, y, "start", "legend", "fill=\"" + REPORTED + "\" font-style=\"italic\"", "+x% computed: Caravan's arithmetic");
        }
        svg.append("</g>\n");
    }

    /** Where each label goes: values first, next to their points, then computed growth, then reported rates. */
    private void layOutLabels() {
        LabelPlacement placement = new LabelPlacement(TOP - 20, TOP + PLOT_HEIGHT - 4);
        for (ChartPoint point : series.points()) {
            boolean derived = point.kind() == ChartPoint.Kind.DERIVED;
            double preferred = derived ? y(point) + 20 : y(point.top().doubleValue()) - 10;
            valueLabelY.put(point, placement.place(x(point), preferred, anchor(x(point)), label(point), !derived, !derived));
        }
        for (ChartGrowth growth : series.growths()) {
            double x = (x(growth.from()) + x(growth.to())) / 2;
            growthLabelY.put(growth, placement.place(x, (y(growth.from()) + y(growth.to())) / 2 - 10, "middle",
                    growth.label(), false, true));
        }
        for (ChartPoint point : series.points()) {
            if (point.kind() == ChartPoint.Kind.DERIVED) {
                ChartPoint from = reportedOf(point);
                derivedNoteY.put(point, placement.place((x(point) + x(from)) / 2, (y(point) + y(from)) / 2 + 18,
                        "middle", point.growthNote(), false, false));
            }
        }
    }

    private void axes() {
        svg.append("<g class=\"axes\" fill=\"#4b5563\">\n");
        for (int i = 0; i * yStep <= yMax + yStep / 2; i++) {
            double y = y(i * yStep);
            line(LEFT, y, WIDTH - RIGHT, y, "grid", "stroke=\"#e5e7eb\"");
            BigDecimal value = BigDecimal.valueOf(yStep).multiply(BigDecimal.valueOf(i));
            text(LEFT - 8, y + 4, "end", "tick", "", number(value.divide(divisor, MathContext.DECIMAL64)) + divisorWord);
        }
        String unitTitle = series.unit().name() + (divisorWord.isEmpty() ? "" : divisorWord.equals(" bn") ? ", billions" : ", millions");
        svg.append("<text class=\"axis-title\" transform=\"translate(22 ").append(TOP + PLOT_HEIGHT / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(unitTitle)).append("</text>\n");
        int firstYear = LocalDate.ofEpochDay(firstDay).getYear();
        int lastYear = LocalDate.ofEpochDay(lastDay).getYear();
        int step = Math.max(1, (lastYear - firstYear + 12) / 12);
        for (int year = firstYear; year <= lastYear; year += step) {
            long middle = LocalDate.of(year, 7, 1).toEpochDay();
            if (middle >= firstDay && middle <= lastDay) {
                text(x(middle), TOP + PLOT_HEIGHT + 20, "middle", "tick year", "", Integer.toString(year));
            }
            long january = LocalDate.of(year, 1, 1).toEpochDay();
            if (january > firstDay && january < lastDay) {
                line(x(january), TOP + PLOT_HEIGHT, x(january), TOP + PLOT_HEIGHT + 6, "tick", "stroke=\"#9ca3af\"");
            }
        }
        line(LEFT, TOP + PLOT_HEIGHT, WIDTH - RIGHT, TOP + PLOT_HEIGHT, "axis", "stroke=\"#374151\"");
        svg.append("</g>\n");
    }

    /** Reported points joined in time order; a segment into or out of a forecast is dashed. */
    private void lines() {
        ChartPoint previous = null;
        for (ChartPoint point : series.points()) {
            if (point.kind() == ChartPoint.Kind.DERIVED) {
                ChartPoint from = reportedOf(point);
                line(x(point), y(point), x(from), y(from), "derived-link",
                        "stroke=\"" + DERIVED + "\" stroke-dasharray=\"3 3\"");
                text((x(point) + x(from)) / 2, derivedNoteY.get(point), "middle", "growth reported",
                        "fill=\"" + DERIVED + "\"", point.growthNote());
                continue;
            }
            if (previous != null) {
                boolean forecast = previous.kind() == ChartPoint.Kind.FORECAST || point.kind() == ChartPoint.Kind.FORECAST;
                line(x(previous), y(previous), x(point), y(point), "series-line", "stroke=\"" + REPORTED
                        + "\" stroke-width=\"2\"" + (forecast ? " stroke-dasharray=\"6 4\"" : ""));
            }
            previous = point;
        }
    }

    private void growths() {
        for (ChartGrowth growth : series.growths()) {
            double x = (x(growth.from()) + x(growth.to())) / 2;
            text(x, growthLabelY.get(growth), "middle", "growth computed", "fill=\"" + REPORTED + "\" font-style=\"italic\"", growth.label());
        }
    }

    private void points() {
        for (ChartPoint point : series.points()) {
            double x = x(point);
            double y = y(point);
            String css = "point " + point.kind().name().toLowerCase(Locale.ROOT);
            svg.append("<g class=\"").append(css).append("\" data-statistic=\"").append(escape(point.statisticId()))
                    .append("\" data-value=\"").append(point.value().toPlainString()).append("\">\n");
            svg.append("<title>").append(escape(tooltip(point))).append("</title>\n");
            if (point.valueHigh() != null) {
                line(x, y, x, y(point.valueHigh().doubleValue()), "range", "stroke=\"" + REPORTED + "\" stroke-width=\"3\"");
            }
            dot(x, y, point.kind(), "marker");
            boolean derived = point.kind() == ChartPoint.Kind.DERIVED;
            text(x, valueLabelY.get(point), anchor(x), "value", derived ? "fill=\"" + DERIVED + "\"" : "font-weight=\"bold\"",
                    label(point));
            svg.append("</g>\n");
        }
    }

    private void dot(double x, double y, ChartPoint.Kind kind, String css) {
        switch (kind) {
            case REPORTED -> svg.append(String.format(Locale.ROOT,
                    "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n", css, x, y, REPORTED));
            case FORECAST -> svg.append(String.format(Locale.ROOT,
                    "<path class=\"%s\" d=\"M%.1f %.1fl6 6l-6 6l-6 -6z\" fill=\"%s\"/>%n", css, x, y - 6, FORECAST));
            case DERIVED -> svg.append(String.format(Locale.ROOT,
                    "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1.5\""
                            + " stroke-dasharray=\"2 2\"/>%n", css, x, y, DERIVED));
        }
    }

    private String label(ChartPoint point) {
        String value = point.hedge() + number(point.value().divide(divisor, MathContext.DECIMAL64))
                + (point.valueHigh() == null ? "" : "-" + number(point.valueHigh().divide(divisor, MathContext.DECIMAL64)))
                + divisorWord;
        String footnote = " [" + point.sourceNumber() + "]";
        return switch (point.kind()) {
            case REPORTED -> point.period().label + ": " + value + footnote;
            case FORECAST -> point.period().label + ": " + value + " (forecast)" + footnote;
            case DERIVED -> point.period().label + ": " + value + ", derived";
        };
    }

    private String tooltip(ChartPoint point) {
        String value = point.hedge() + AmountFormat.format(point.value(), series.unit())
                + (point.valueHigh() == null ? "" : " to " + AmountFormat.format(point.valueHigh(), series.unit()));
        return switch (point.kind()) {
            case REPORTED -> point.period().label + ": " + value + " (" + point.statisticId() + ")";
            case FORECAST -> point.period().label + ": " + value + ", a forecast (" + point.statisticId() + ")";
            case DERIVED -> point.period().label + ": " + value + ", derived by Caravan from " + point.statisticId()
                    + " (" + point.growthNote() + ")";
        };
    }

    private String description() {
        StringBuilder text = new StringBuilder(series.title()).append(". ");
        for (ChartPoint point : series.points()) {
            text.append(tooltip(point)).append(". ");
        }
        for (ChartGrowth growth : series.growths()) {
            text.append(growth.from().period().label).append(" to ").append(growth.to().period().label).append(": ")
                    .append(growth.label()).append(". ");
        }
        return text.toString().strip();
    }

    private List<String> caption() {
        List<String> lines = new ArrayList<>();
        List<Source> sources = series.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String title = source.titleWrittenByCaravan ? "[" + source.title + "]" : "\u201c" + source.title + "\u201d";
            String where = source.outlet != null ? source.outlet : "outlet not named";
            String when = source.publishedOn != null ? source.publishedOn.toString() : "undated";
            lines.addAll(wrap("[" + (i + 1) + "] " + title + ", " + where + ", " + when + " (Caravan source "
                    + source.id + ")"));
        }
        lines.addAll(wrap("Figures as the articles print them, with their hedging. Hollow dashed points are values"
                + " Caravan derived from a reported growth rate; growth marked \u201ccomputed\u201d is Caravan's"
                + " arithmetic, not the articles'. Chart by Caravan."));
        return lines;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CAPTION_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private ChartPoint reportedOf(ChartPoint derived) {
        return series.points().stream()
                .filter(p -> p.kind() != ChartPoint.Kind.DERIVED && p.statisticId().equals(derived.statisticId()))
                .findFirst().orElseThrow();
    }

    private double x(ChartPoint point) {
        return x(point.midpointEpochDay());
    }

    private double x(long epochDay) {
        return LEFT + (double) (epochDay - firstDay) / (lastDay - firstDay) * (WIDTH - LEFT - RIGHT);
    }

    private double y(ChartPoint point) {
        return y(point.value().doubleValue());
    }

    private double y(double value) {
        return TOP + PLOT_HEIGHT - value / yMax * PLOT_HEIGHT;
    }

    private static String anchor(double x) {
        return x < LEFT + 70 ? "start" : x > WIDTH - RIGHT - 70 ? "end" : "middle";
    }

    private String number(BigDecimal value) {
        BigDecimal scaled = value.compareTo(BigDecimal.ZERO) == 0 ? value : value.round(MathContext.DECIMAL64);
        return AmountFormat.normalised(scaled.stripTrailingZeros()).toPlainString();
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private void line(double x1, double y1, double x2, double y2, String css, String attributes) {
        svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>%n",
                css, x1, y1, x2, y2, attributes));
    }

    private void text(double x, double y, String anchor, String css, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s %s>%s</text>%n",
                css, x, y, anchor, HALO, attributes, escape(content)));
    }

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /** Escaped for XML, without the characters XML 1.0 cannot hold (NUL and other controls), whatever is stored. */
    private static String escape(String text) {
        return NOT_XML.matcher(text).replaceAll("").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
