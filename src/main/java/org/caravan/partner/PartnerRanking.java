package org.caravan.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.caravan.trade.TradeStatistic;

/**
 * Ranks a reporter's partner figures for one period and sets each against the reporter's world total. Figures are
 * ranked only against figures in the same currency reported by the same side: the reporter's own figures, then
 * its partners' mirror figures, which rank among themselves and take no share of a total they were not part of.
 */
public final class PartnerRanking {

    private PartnerRanking() {
    }

    /**
     * @param partnerFigures the reporter's figures with a partner, one period, one indicator and flow
     * @param mirrorFigures its partners' figures for the same flow, seen from their side
     * @param worldTotals the reporter's figures without a partner for the same period (any currency)
     */
    public static List<PartnerShare> rank(List<TradeStatistic> partnerFigures,
            List<TradeStatistic> mirrorFigures, List<TradeStatistic> worldTotals) {
        List<PartnerShare> shares = new ArrayList<>();
        for (TradeStatistic figure : ordered(partnerFigures)) {
            Optional<TradeStatistic> total = worldTotals.stream().filter(t -> t.unit == figure.unit).findFirst();
            BigDecimal share = total.map(t -> figure.value.multiply(BigDecimal.valueOf(100))
                    .divide(t.value, 2, RoundingMode.HALF_EVEN)).orElse(null);
            shares.add(new PartnerShare(figure.partner, figure, figure.value, figure.unit,
                    rank(figure, partnerFigures), share, total.orElse(null), figure.reporter, false));
        }
        for (TradeStatistic figure : ordered(mirrorFigures)) {
            shares.add(new PartnerShare(figure.reporter, figure, figure.value, figure.unit, rank(figure, mirrorFigures),
                    null, null, figure.reporter, true));
        }
        return shares;
    }

    private static List<TradeStatistic> ordered(List<TradeStatistic> figures) {
        return figures.stream().sorted(Comparator.comparing((TradeStatistic s) -> s.unit)
                .thenComparing(s -> s.value, Comparator.reverseOrder()).thenComparing(s -> s.id)).toList();
    }

    private static int rank(TradeStatistic figure, List<TradeStatistic> among) {
        return 1 + (int) among.stream()
                .filter(other -> other.unit == figure.unit && other.value.compareTo(figure.value) > 0).count();
    }
}
