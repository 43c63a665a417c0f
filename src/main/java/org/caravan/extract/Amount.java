package org.caravan.extract;

import java.math.BigDecimal;

import org.caravan.trade.Unit;

/**
 * A quantity as a sentence states it: where it is, its number (and the top of a range), the scale and unit printed
 * with it (or shared from the next item of a list: "280 million and 220 million U.S. dollars"), what it counts, and
 * whether it is a multiple ("2.2-fold", "doubled") rather than an amount.
 */
record Amount(int start, int end, BigDecimal number, BigDecimal high, BigDecimal scale, Unit unit, String counted,
        boolean multiple, boolean inWords) {

    BigDecimal value() {
        return plain(number.multiply(scale));
    }

    BigDecimal highValue() {
        return high == null ? null : plain(high.multiply(scale));
    }

    /** The amount as StatisticInput takes it: "2.92 billion", "25-30", "4-5 million", "5" for "five". */
    String printedForInput() {
        String numbers = number.toPlainString() + (high == null ? "" : "-" + high.toPlainString());
        String word = switch (scale.stripTrailingZeros().toPlainString()) {
            case "1000" -> " thousand";
            case "1000000" -> " million";
            case "1000000000" -> " billion";
            case "1000000000000" -> " trillion";
            case "1" -> "";
            default -> null;
        };
        return word == null ? value().toPlainString() : numbers + word;
    }

    /** 75110000000 rather than 7.511E+10: clients read the value as printed. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    boolean isPercent() {
        return unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINTS;
    }

    boolean isQuantity() {
        return !multiple;
    }

    Amount sharing(Amount next) {
        BigDecimal sharedScale = scale.compareTo(BigDecimal.ONE) == 0 ? next.scale : scale;
        return new Amount(start, end, number, high, sharedScale, unit != null ? unit : next.unit,
                counted != null ? counted : next.counted, multiple, inWords);
    }
}
