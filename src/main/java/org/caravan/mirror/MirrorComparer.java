package org.caravan.mirror;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.caravan.trade.AmountFormat;
import org.caravan.trade.Qualifier;
import org.caravan.trade.StatedConversion;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.caravan.trade.consistency.Interval;

/**
 * Sets a reporter's figure beside its partner's mirror figure. Both are read as ranges (rounding and qualifier, as
 * the consistency checks read them): when the ranges meet, the two sides agree. Figures in different currencies are
 * compared only through an amount one of the two articles states in the other currency; Caravan has no rate of its
 * own.
 */
final class MirrorComparer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MirrorComparer() {
    }

    static MirrorComparison compare(TradeStatistic reported, TradeStatistic mirror) {
        Side ours = Side.of(reported, mirror.unit);
        Side theirs = Side.of(mirror, reported.unit);
        Side left;
        Side right;
        if (reported.unit == mirror.unit) {
            left = Side.asPrinted(reported);
            right = Side.asPrinted(mirror);
        } else if (ours != null) {
            left = ours;
            right = Side.asPrinted(mirror);
        } else if (theirs != null) {
            left = Side.asPrinted(reported);
            right = theirs;
        } else {
            return new MirrorComparison(reported, mirror, null, null, MirrorVerdict.NOT_COMPARABLE,
                    reported.id + " is in " + reported.unit + ", " + mirror.id + " in " + mirror.unit
                            + ", and neither states its amount in the other currency.");
        }
        BigDecimal gap = right.value.subtract(left.value).multiply(HUNDRED)
                .divide(left.value, 2, RoundingMode.HALF_EVEN);
        boolean agree = left.range.overlaps(right.range);
        String arithmetic = "reported " + left.text + ", within " + left.range + "; mirror " + right.text + ", within "
                + right.range + "; gap (" + right.plain() + " - " + left.plain() + ") / " + left.plain() + " = "
                + gap.toPlainString() + "%; " + (agree ? "the ranges meet" : "the ranges do not meet");
        MirrorVerdict verdict = agree ? MirrorVerdict.AGREE : MirrorVerdict.DIFFER;
        return new MirrorComparison(reported, mirror, left.unit, gap, verdict, arithmetic);
    }

    /** One side's amount in the currency of the comparison, with the range its printed digits allow. */
    private record Side(BigDecimal value, Unit unit, Interval range, String text) {

        static Side asPrinted(TradeStatistic figure) {
            return new Side(figure.value, figure.unit, Interval.of(figure),
                    words(figure.qualifier) + " " + AmountFormat.format(figure.value, figure.unit) + " (" + figure.id
                            + ")");
        }

        /** The figure's amount in {@code currency} as its own article states it, or null. */
        static Side of(TradeStatistic figure, Unit currency) {
            StatedConversion stated = figure.statedConversion;
            if (stated == null || stated.unit != currency || stated.value == null) {
                return null;
            }
            Interval range = Interval.of(stated.value, null, stated.resolution, stated.qualifier);
            return new Side(stated.value, currency, range, words(stated.qualifier) + " "
                    + AmountFormat.format(stated.value, currency) + " (" + figure.id + ", as its article converts it)");
        }

        private static String words(Qualifier qualifier) {
            return qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        String plain() {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
