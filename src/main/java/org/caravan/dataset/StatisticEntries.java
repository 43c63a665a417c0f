package org.caravan.dataset;

import java.math.BigDecimal;

import org.caravan.dataset.DatasetFile.ConversionEntry;
import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.period.Granularity;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Sources;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.PrintedAmount;
import org.caravan.trade.Qualifier;
import org.caravan.trade.StatedConversion;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;

/**
 * Converts between a statistic and its entry, the form the dataset file, editors' input and revision
 * snapshots share. Errors name the offending field.
 */
public final class StatisticEntries {

    private StatisticEntries() {
    }

    public static TradeStatistic toStatistic(StatisticEntry entry) {
        TradeStatistic statistic = new TradeStatistic();
        statistic.id = entry.id();
        statistic.indicator = Indicator.valueOf(entry.indicator());
        statistic.description = entry.description();
        statistic.subject = entry.subject();
        statistic.reporter = Places.require(entry.reporter(), "reporter");
        statistic.partner = Places.optional(entry.partner(), "partner");
        statistic.flow = entry.flow() == null ? null : Flow.valueOf(entry.flow());
        statistic.period = period(entry);
        statistic.sortDate = statistic.period.isSpecified() ? statistic.period.end : TradeStatistic.UNDATED;
        statistic.unit = Unit.valueOf(entry.unit());
        statistic.qualifier = Qualifier.valueOf(entry.qualifier());
        if (entry.amount() != null) {
            PrintedAmount amount = amount(entry.amount(), "amount");
            statistic.value = amount.value();
            statistic.valueHigh = amount.high();
            statistic.resolution = amount.resolution();
            statistic.printedAmount = amount.text();
        }
        if (entry.growthPercent() != null) {
            statistic.reportedGrowthPercent = number(entry.growthPercent(), "growthPercent");
            // nothing falls by more than all of it
            requireWithin(statistic.reportedGrowthPercent, new BigDecimal("-100"), true, "growthPercent");
            statistic.reportedGrowthPrinted = entry.growthPercent();
        }
        if (entry.multiple() != null) {
            statistic.reportedMultiple = number(entry.multiple(), "multiple");
            requireWithin(statistic.reportedMultiple, BigDecimal.ZERO, false, "multiple");
            statistic.reportedMultiplePrinted = entry.multiple();
            if (entry.multipleWording() == null) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "multipleWording",
                        "A multiple needs its wording: TIMES_THAT_OF, FOLD or INCREASE_OF_TIMES.");
            }
            statistic.multipleWording = MultipleWording.valueOf(entry.multipleWording());
        }
        statistic.growthBase = entry.growthBase();
        if (entry.converted() != null) {
            PrintedAmount amount = amount(entry.converted().amount(), "converted.amount");
            StatedConversion conversion = new StatedConversion();
            conversion.value = amount.value();
            conversion.resolution = amount.resolution();
            conversion.printedAmount = amount.text();
            conversion.unit = Unit.valueOf(entry.converted().unit());
            conversion.qualifier = Qualifier.valueOf(entry.converted().qualifier());
            statistic.statedConversion = conversion;
        }
        statistic.note = entry.note();
        statistic.citation = new Citation(Sources.require(entry.source(), "source"), entry.quote());
        return statistic;
    }

    private static Period period(StatisticEntry entry) {
        if (entry.period() == null) {
            return Period.unspecified();
        }
        Period period = PeriodParser.parse(entry.period(), "period");
        if (period.start.getYear() < Dates.EARLIEST_YEAR || period.end.getYear() > Dates.LATEST_YEAR) {
            throw new CaravanException(ErrorCode.INVALID_PERIOD, "period", "'" + entry.period() + "' is outside the years "
                    + Dates.EARLIEST_YEAR + " to " + Dates.LATEST_YEAR + ".");
        }
        if (entry.granularity() != null) {
            period.granularity = Granularity.valueOf(entry.granularity());
        }
        if (entry.periodLabel() != null) {
            period.label = entry.periodLabel();
        }
        return period;
    }

    /** The entry a statistic would be written as: the inverse of {@link #toStatistic}. */
    public static StatisticEntry toEntry(TradeStatistic s) {
        boolean periodAsParsed = s.period.isSpecified()
                && PeriodParser.parse(s.period.label, "period").granularity == s.period.granularity;
        String period = !s.period.isSpecified() ? null
                : periodAsParsed ? s.period.label : s.period.start + ".." + s.period.end;
        ConversionEntry converted = s.statedConversion == null ? null
                : new ConversionEntry(s.statedConversion.printedAmount, s.statedConversion.unit.name(),
                        s.statedConversion.qualifier.name());
        return new StatisticEntry(s.id, s.indicator.name(), s.description, s.subject, s.reporter.code,
                s.partner == null ? null : s.partner.code, s.flow == null ? null : s.flow.name(), period,
                periodAsParsed || !s.period.isSpecified() ? null : s.period.granularity.name(),
                periodAsParsed || !s.period.isSpecified() ? null : s.period.label, s.printedAmount, null,
                s.unit.name(), s.qualifier.name(), s.reportedGrowthPrinted, s.reportedMultiplePrinted,
                s.multipleWording == null ? null : s.multipleWording.name(), s.growthBase, converted, s.note,
                s.citation.source.id, s.citation.quote);
    }

    private static PrintedAmount amount(String text, String field) {
        try {
            return PrintedAmount.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, e.getMessage() + ".");
        }
    }

    /** Printed growth rates and multiples are stored as printed, in 20 characters, and as numbers below a million. */
    private static final int MAX_NUMBER_LENGTH = 20;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1e6");

    private static BigDecimal number(String text, String field) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + text + "' is not a number.");
        }
        if (text.length() > MAX_NUMBER_LENGTH || number.abs().compareTo(MAX_NUMBER) >= 0) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + text + "' is not a number below "
                    + MAX_NUMBER.toPlainString() + " written in at most " + MAX_NUMBER_LENGTH + " characters.");
        }
        return number;
    }

    private static void requireWithin(BigDecimal number, BigDecimal lowest, boolean lowestAllowed, String field) {
        int compared = number.compareTo(lowest);
        if (compared < 0 || compared == 0 && !lowestAllowed) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, field + " must be "
                    + (lowestAllowed ? "at least " : "more than ") + lowest.toPlainString() + "; it is " + number + ".");
        }
    }
}
