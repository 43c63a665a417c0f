package org.caravan.trade;

import java.math.BigDecimal;

import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.PlaceKind;
import org.caravan.source.Citation;
import org.caravan.source.Source;

/** Builds statistics in memory, the way the dataset loader does, for tests of the domain arithmetic. */
public final class Figures {

    public static final Place KAZAKHSTAN = place("KZ", null);
    public static final Place XINJIANG = place("xinjiang", null);
    public static final Place KASHGAR = place("kashgar", XINJIANG);
    public static final Source ARTICLE = article();

    private Figures() {
    }

    private static Source article() {
        Source source = new Source();
        source.id = "article";
        source.title = "An article";
        return source;
    }

    public static Place place(String code, Place parent) {
        Place place = new Place();
        place.code = code;
        place.name = code;
        place.kind = PlaceKind.REGION;
        place.parent = parent;
        return place;
    }

    /** A figure such as {@code figure("kz-2023-h1", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.5 billion", Unit.USD)}. */
    public static TradeStatistic figure(String id, Place reporter, Place partner, Flow flow, String period,
            String amount, Unit unit) {
        TradeStatistic statistic = new TradeStatistic();
        statistic.id = id;
        statistic.indicator = Indicator.TRADE_VALUE;
        statistic.description = id;
        statistic.reporter = reporter;
        statistic.partner = partner;
        statistic.flow = flow;
        statistic.period = PeriodParser.parse(period, "period");
        statistic.sortDate = statistic.period.end;
        statistic.unit = unit;
        statistic.qualifier = Qualifier.EXACT;
        if (amount != null) {
            PrintedAmount printed = PrintedAmount.parse(amount);
            statistic.value = printed.value();
            statistic.resolution = printed.resolution();
            statistic.printedAmount = amount;
        }
        statistic.citation = new Citation(ARTICLE, "quote of " + id);
        return statistic;
    }

    public static TradeStatistic withGrowth(TradeStatistic statistic, String percent) {
        statistic.reportedGrowthPercent = new BigDecimal(percent);
        statistic.reportedGrowthPrinted = percent;
        return statistic;
    }

    public static TradeStatistic withMultiple(TradeStatistic statistic, String multiple, MultipleWording wording,
            String base) {
        statistic.reportedMultiple = new BigDecimal(multiple);
        statistic.reportedMultiplePrinted = multiple;
        statistic.multipleWording = wording;
        statistic.growthBase = base;
        return statistic;
    }

    public static TradeStatistic withConversion(TradeStatistic statistic, String amount, Unit unit) {
        PrintedAmount printed = PrintedAmount.parse(amount);
        StatedConversion conversion = new StatedConversion();
        conversion.value = printed.value();
        conversion.resolution = printed.resolution();
        conversion.printedAmount = amount;
        conversion.unit = unit;
        conversion.qualifier = Qualifier.ABOUT;
        statistic.statedConversion = conversion;
        return statistic;
    }
}
