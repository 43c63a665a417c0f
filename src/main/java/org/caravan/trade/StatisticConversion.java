package org.caravan.trade;

import java.math.BigDecimal;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.paging.KeysetQuery;
import org.caravan.period.Dates;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Sources;

/**
 * Turns a {@link StatisticInput} (an editor's, or a dataset file record the importer mapped) into a statistic,
 * enforcing the rules no stored figure may break, and back into the input a revision snapshots. Errors name the
 * offending field.
 */
public final class StatisticConversion {

    /** Printed growth rates and multiples are stored as printed, in 20 characters, and as numbers below a million. */
    private static final int MAX_NUMBER_LENGTH = 20;
    private static final BigDecimal MAX_NUMBER = new BigDecimal("1e6");

    private StatisticConversion() {
    }

    public static TradeStatistic toStatistic(StatisticInput input, String id) {
        TradeStatistic statistic = new TradeStatistic();
        statistic.id = id;
        statistic.indicator = input.indicator;
        statistic.description = input.description;
        statistic.subject = input.subject;
        statistic.reporter = Places.require(input.reporter, "reporter");
        statistic.partner = Places.optional(input.partner, "partner");
        statistic.flow = input.flow;
        statistic.period = period(input.period);
        statistic.sortDate = statistic.period.isSpecified() ? statistic.period.end : KeysetQuery.UNDATED;
        statistic.unit = input.unit;
        statistic.qualifier = input.qualifier;
        if (input.amount != null) {
            PrintedAmount amount = amount(input.amount, "amount");
            statistic.value = amount.value();
            statistic.valueHigh = amount.high();
            statistic.resolution = amount.resolution();
            statistic.printedAmount = amount.text();
        }
        if (input.growthPercent != null) {
            statistic.reportedGrowthPercent = number(input.growthPercent, "growthPercent");
            // nothing falls by more than all of it
            requireWithin(statistic.reportedGrowthPercent, new BigDecimal("-100"), true, "growthPercent");
            statistic.reportedGrowthPrinted = input.growthPercent;
        }
        if (input.multiple != null) {
            statistic.reportedMultiple = number(input.multiple, "multiple");
            requireWithin(statistic.reportedMultiple, BigDecimal.ZERO, false, "multiple");
            statistic.reportedMultiplePrinted = input.multiple;
            if (input.multipleWording == null) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "multipleWording",
                        "A multiple needs its wording: TIMES_THAT_OF, FOLD or INCREASE_OF_TIMES.");
            }
            statistic.multipleWording = input.multipleWording;
        }
        statistic.growthBase = input.growthBase;
        if (input.growthCurrency != null) {
            if (!input.growthCurrency.isMoney() || input.growthPercent == null && input.multiple == null) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "growthCurrency",
                        "A growth currency is CNY or USD, and goes with a growth rate or a multiple.");
            }
            statistic.growthCurrency = input.growthCurrency;
        }
        if (input.converted != null) {
            PrintedAmount amount = amount(input.converted.amount, "converted.amount");
            StatedConversion conversion = new StatedConversion();
            conversion.value = amount.value();
            conversion.resolution = amount.resolution();
            conversion.printedAmount = amount.text();
            conversion.unit = input.converted.unit;
            conversion.qualifier = input.converted.qualifier;
            statistic.statedConversion = conversion;
        }
        statistic.note = input.note;
        statistic.citation = new Citation(Sources.require(input.source, "source"), input.quote);
        return statistic;
    }

    /** The input that would record this statistic as it stands: what a revision keeps. */
    public static StatisticInput toInput(TradeStatistic s) {
        StatisticInput input = new StatisticInput();
        input.id = s.id;
        input.indicator = s.indicator;
        input.description = s.description;
        input.subject = s.subject;
        input.reporter = s.reporter.code;
        input.partner = s.partner == null ? null : s.partner.code;
        input.flow = s.flow;
        input.period = periodText(s.period);
        input.amount = s.printedAmount;
        input.unit = s.unit;
        input.qualifier = s.qualifier;
        input.growthPercent = s.reportedGrowthPrinted;
        input.multiple = s.reportedMultiplePrinted;
        input.multipleWording = s.multipleWording;
        input.growthBase = s.growthBase;
        input.growthCurrency = s.growthCurrency;
        if (s.statedConversion != null) {
            input.converted = new ConversionInput();
            input.converted.amount = s.statedConversion.printedAmount;
            input.converted.unit = s.statedConversion.unit;
            input.converted.qualifier = s.statedConversion.qualifier;
        }
        input.note = s.note;
        input.source = s.citation.source.id;
        input.quote = s.citation.quote;
        return input;
    }

    private static Period period(String text) {
        if (text == null) {
            return Period.unspecified();
        }
        Period period = PeriodParser.parse(text, "period");
        if (period.start.getYear() < Dates.EARLIEST_YEAR || period.end.getYear() > Dates.LATEST_YEAR) {
            throw new CaravanException(ErrorCode.INVALID_PERIOD, "period", "'" + text + "' is outside the years "
                    + Dates.EARLIEST_YEAR + " to " + Dates.LATEST_YEAR + ".");
        }
        return period;
    }

    /** The period as an editor would write it: its label where that reads back as the same period. */
    private static String periodText(Period period) {
        if (!period.isSpecified()) {
            return null;
        }
        try {
            Period parsed = PeriodParser.parse(period.label, "period");
            if (parsed.start.equals(period.start) && parsed.end.equals(period.end)) {
                return period.label;
            }
        } catch (CaravanException notInCaravansSyntax) {
            // a label in words ("first 11 months"): fall through to the dates
        }
        return period.start + ".." + period.end;
    }

    private static PrintedAmount amount(String text, String field) {
        try {
            return PrintedAmount.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, e.getMessage() + ".");
        }
    }

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
