package org.caravan.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/** The one place that reads Caravan's period syntax, used by the dataset and by query arguments. */
public final class PeriodParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern QUARTERS = Pattern.compile("(\\d{4})-Q([1-4])\\.\\.Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");
    private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public static final String SYNTAX = "2022, 2023-H1, 2023-Q3, 2023-Q1..Q3, 2023-07, 2023-01..2023-07 or 2023-01-01..2023-06-30";

    private PeriodParser() {
    }

    /** Parses a period; {@code argument} names the offending argument in the error. */
    public static Period parse(String text, String argument) {
        try {
            Period period = parseOrNull(text == null ? "" : text.trim());
            if (period != null && !period.end.isBefore(period.start)) {
                return period;
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through to the error below
        }
        throw new CaravanException(ErrorCode.INVALID_PERIOD, argument,
                "'" + text + "' is not a period. Use one of: " + SYNTAX + ".");
    }

    private static Period parseOrNull(String text) {
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR, text);
        }
        if ((m = HALF.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int half = Integer.parseInt(m.group(2));
            return new Period(YearMonth.of(year, half * 6 - 5).atDay(1), YearMonth.of(year, half * 6).atEndOfMonth(),
                    Granularity.HALF, text);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            return quarters(year, quarter, quarter, Granularity.QUARTER, text);
        }
        if ((m = QUARTERS.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int first = Integer.parseInt(m.group(2));
            int last = Integer.parseInt(m.group(3));
            return first >= last ? null : quarters(year, first, last, Granularity.QUARTERS, text);
        }
        if ((m = MONTH.matcher(text)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH, text);
        }
        if ((m = MONTHS.matcher(text)).matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            YearMonth last = YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            if (!first.isBefore(last)) {
                return null;
            }
            boolean toDate = first.getMonthValue() == 1 && first.getYear() == last.getYear();
            return new Period(first.atDay(1), last.atEndOfMonth(),
                    toDate ? Granularity.MONTHS_TO_DATE : Granularity.MONTHS, text);
        }
        if ((m = DAYS.matcher(text)).matches()) {
            return new Period(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)), Granularity.DAYS, text);
        }
        return null;
    }

    private static Period quarters(int year, int first, int last, Granularity granularity, String label) {
        return new Period(YearMonth.of(year, first * 3 - 2).atDay(1), YearMonth.of(year, last * 3).atEndOfMonth(),
                granularity, label);
    }
}
