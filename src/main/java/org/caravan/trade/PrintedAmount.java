package org.caravan.trade;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as an article prints it ("2.92 billion", "25-30", "343.75 million", "1,234.5 million"), turned into
 * full amounts.
 * The resolution is one unit of the last printed digit (0.01 billion for "2.92 billion"): the consistency
 * checks use it to know how much rounding a figure may hide.
 */
public record PrintedAmount(String text, BigDecimal value, BigDecimal high, BigDecimal resolution) {

    /** A number as articles print it: 1,234.5 or 1234.5; at most 15 digits before the point and 6 after. */
    private static final String NUMBER = "((?:\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?:\\.\\d{1,6})?)";
    private static final Pattern FORMAT = Pattern.compile(
            NUMBER + "(?:\\s*-\\s*" + NUMBER + ")?(?:\\s+(thousand|million|billion|trillion))?");
    /** The longest printed amount stored (the printed_amount column). */
    public static final int MAX_LENGTH = 50;
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", new BigDecimal("1e3"), "million", new BigDecimal("1e6"),
            "billion", new BigDecimal("1e9"), "trillion", new BigDecimal("1e12"));

    public static PrintedAmount parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (text == null || text.trim().length() > MAX_LENGTH || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount such as 2.92 billion, 1,234.5 million"
                    + " or 25-30");
        }
        BigDecimal scale = m.group(3) == null ? BigDecimal.ONE : SCALES.get(m.group(3));
        BigDecimal low = new BigDecimal(m.group(1).replace(",", ""));
        BigDecimal high = m.group(2) == null ? null : new BigDecimal(m.group(2).replace(",", ""));
        if (high != null && high.compareTo(low) < 0) {
            throw new IllegalArgumentException("'" + text + "' is a range whose low end is above its high end");
        }
        BigDecimal resolution = BigDecimal.ONE.movePointLeft(Math.max(low.scale(), high == null ? 0 : high.scale()))
                .multiply(scale);
        return new PrintedAmount(text.trim(), full(low, scale), high == null ? null : full(high, scale),
                AmountFormat.normalised(resolution));
    }

    private static BigDecimal full(BigDecimal printed, BigDecimal scale) {
        return AmountFormat.normalised(printed.multiply(scale));
    }
}
