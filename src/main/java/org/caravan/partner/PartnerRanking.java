package org.caravan.partner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.caravan.trade.TradeStatistic;

/** Ranks a reporter's partner figures for one period and sets each against the reporter's world total. */
public final class PartnerRanking {

    private PartnerRanking() {
    }

    /**
     * @param partnerFigures figures with a partner, one period, one indicator and flow
     * @param worldTotals the reporter's figures without a partner for the same period (any currency)
     */
    public static List<PartnerShare> rank(List<TradeStatistic> partnerFigures, List<TradeStatistic> worldTotals) {
        List<TradeStatistic> ordered = partnerFigures.stream()
                .sorted(Comparator.comparing((TradeStatistic s) -> s.unit)
                        .thenComparing(s -> s.value, Comparator.reverseOrder()).thenComparing(s -> s.id))
                .toList();
        List<PartnerShare> shares = new ArrayList<>();
        for (TradeStatistic figure : ordered) {
            int rank = 1 + (int) ordered.stream()
                    .filter(other -> other.unit == figure.unit && other.value.compareTo(figure.value) > 0).count();
            Optional<TradeStatistic> total = worldTotals.stream().filter(t -> t.unit == figure.unit).findFirst();
            BigDecimal share = total.map(t -> figure.value.multiply(BigDecimal.valueOf(100))
                    .divide(t.value, 2, RoundingMode.HALF_EVEN)).orElse(null);
            shares.add(new PartnerShare(figure.partner, figure, figure.value, figure.unit, rank, share,
                    total.orElse(null)));
        }
        return shares;
    }
}
