package org.caravan.chart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.source.Source;
import org.caravan.trade.Flow;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Series;
import org.caravan.trade.StatisticFilter;
import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.growth.Comparability;
import org.caravan.trade.growth.DerivedAmount;
import org.caravan.trade.growth.Growth;
import org.caravan.trade.growth.GrowthCalculator;

/**
 * Draws the one series a statistics filter selects: the figures with a value and a period, of one reporter,
 * partner, indicator, flow, unit and granularity. A filter that matches several series is refused with the
 * parameters that pick each one, rather than drawing a year beside a half year.
 */
@ApplicationScoped
public class SeriesChart {

    static final int MAX_POINTS = 200;

    @Inject
    Statistics statistics;

    /** The series as an SVG document. */
    @ActivateRequestContext
    @Transactional
    public byte[] render(StatisticFilter filter) {
        // Only the first series' figures are kept, and no more than a chart can draw: a filter over a million
        // figures is read page by page to count its series, never held in memory.
        Map<Series, Integer> series = new LinkedHashMap<>();
        List<TradeStatistic> kept = new ArrayList<>();
        statistics.forEachPage(filter, page -> page.stream()
                .filter(s -> s.value != null && s.period.isSpecified())
                .forEach(s -> {
                    series.merge(Series.of(s), 1, Integer::sum);
                    if (series.size() == 1 && kept.size() <= MAX_POINTS) {
                        kept.add(s);
                    }
                }));
        if (series.isEmpty()) {
            throw new CaravanException(ErrorCode.EMPTY_SERIES,
                    "No figure with a value and a period matches these parameters, so there is nothing to draw.");
        }
        if (series.size() > 1) {
            throw new CaravanException(ErrorCode.AMBIGUOUS_SERIES, "These parameters match " + series.size()
                    + " series; a chart draws one. Add the parameters of the one you want: "
                    + series.keySet().stream().limit(10).map(SeriesChart::parameters).collect(Collectors.joining(" | "))
                    + (series.size() > 10 ? " | ..." : ""));
        }
        int figures = series.values().iterator().next();
        if (figures > MAX_POINTS) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "period", "The series has " + figures
                    + " figures; a chart draws at most " + MAX_POINTS + ". Narrow it with 'period'.");
        }
        return SvgChart.render(build(series.keySet().iterator().next(), kept)).getBytes(StandardCharsets.UTF_8);
    }

    private static ChartContent build(Series series, List<TradeStatistic> statistics) {
        List<TradeStatistic> inTimeOrder = statistics.stream()
                .sorted(Comparator.comparing((TradeStatistic s) -> s.period.start).thenComparing(s -> s.id)).toList();
        List<Source> sources = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        List<ChartGrowth> growths = new ArrayList<>();
        ChartPoint previous = null;
        TradeStatistic previousStatistic = null;
        for (TradeStatistic statistic : inTimeOrder) {
            int footnote = footnote(sources, statistic.citation.source);
            ChartPoint point = new ChartPoint(statistic.isForecast() ? ChartPoint.Kind.FORECAST : ChartPoint.Kind.REPORTED,
                    statistic.period, statistic.value, statistic.valueHigh, statistic.qualifier, statistic.id, footnote,
                    null);
            points.add(point);
            impliedBase(statistic, footnote).ifPresent(points::add);
            if (previous != null && Comparability.whyNot(previousStatistic, statistic).isEmpty()) {
                growths.add(new ChartGrowth(previous, point, growthLabel(GrowthCalculator.between(previousStatistic, statistic))));
            }
            previous = point;
            previousStatistic = statistic;
        }
        points.sort(Comparator.comparingLong(ChartPoint::midpointEpochDay));
        return new ChartContent(title(series, inTimeOrder.get(0)), series.unit(), points, growths, sources);
    }

    /** The hollow point a reported growth rate or multiple implies for its base period. */
    private static Optional<ChartPoint> impliedBase(TradeStatistic statistic, int footnote) {
        DerivedAmount base = GrowthCalculator.impliedPreviousValue(statistic);
        if (base == null || base.unit() != statistic.unit) {
            return Optional.empty(); // none, or in another currency than the chart's axis
        }
        Period period;
        try {
            period = statistic.growthBase != null ? PeriodParser.parse(statistic.growthBase, "growthBase")
                    : statistic.period.yearBefore();
        } catch (CaravanException unreadableBase) {
            return Optional.empty();
        }
        return Optional.of(new ChartPoint(ChartPoint.Kind.DERIVED, period, base.value(), null, base.qualifier(),
                statistic.id, footnote, reportedRate(statistic)));
    }

    private static String reportedRate(TradeStatistic statistic) {
        String base = statistic.growthBase == null ? "a year earlier" : statistic.growthBase;
        if (statistic.reportedGrowthPercent != null) {
            String sign = statistic.reportedGrowthPercent.signum() >= 0 ? "+" : "";
            return "reported: " + sign + statistic.reportedGrowthPercent.toPlainString() + "% "
                    + (statistic.growthBase == null ? "year on year" : "on " + base);
        }
        String multiple = statistic.reportedMultiple.toPlainString();
        MultipleWording wording = Objects.requireNonNullElse(statistic.multipleWording, MultipleWording.TIMES_THAT_OF);
        return "reported: " + switch (wording) {
            case INCREASE_OF_TIMES -> "an increase of " + multiple + " times on " + base + " (read as " + multiple + "\u00d7)";
            case FOLD -> "a " + multiple + "-fold growth on " + base;
            case TIMES_THAT_OF -> multiple + " times that of " + base;
        };
    }

    private static String growthLabel(Growth growth) {
        String sign = growth.percentChange().signum() >= 0 ? "+" : "";
        String label = sign + growth.percentChange().toPlainString() + "% computed";
        if (growth.cagrPercent() != null && growth.years() > 1) {
            label += " (" + growth.cagrPercent().toPlainString() + "% a year)";
        }
        return label;
    }

    private static int footnote(List<Source> sources, Source source) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id.equals(source.id)) {
                return i + 1;
            }
        }
        sources.add(source);
        return sources.size();
    }

    /** The query string that selects exactly this series. */
    private static String parameters(Series series) {
        StringBuilder query = new StringBuilder("reporter=").append(series.reporter());
        query.append(series.partner() == null ? "&worldTotalOnly=true"
                : "&partner=" + series.partner() + "&includeGroupMembers=false");
        query.append("&indicator=").append(series.indicator());
        if (series.flow() != null) {
            query.append("&flow=").append(series.flow());
        }
        return query.append("&granularity=").append(series.granularity()).toString();
    }

    private static String title(Series series, TradeStatistic example) {
        String what = words(series.indicator().name());
        String where = name(example.reporter) + (example.partner == null ? "" : " with " + name(example.partner));
        Flow flow = series.flow();
        String direction = flow == null || flow == Flow.TOTAL ? "" : ", " + flow.name().toLowerCase(Locale.ROOT) + "s";
        return what + direction + ": " + where + " (" + series.unit() + ", "
                + words(series.granularity().name()).toLowerCase(Locale.ROOT) + " figures)";
    }

    private static String name(Place place) {
        return Objects.requireNonNullElse(place.name, place.code);
    }

    private static String words(String constant) {
        String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
