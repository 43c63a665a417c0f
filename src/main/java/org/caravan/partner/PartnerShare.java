package org.caravan.partner;

import java.math.BigDecimal;

import org.caravan.place.Place;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One trading partner (a country or a group) of a reporter in one period.")
public record PartnerShare(
        @Description("The partner country or group") @NonNull Place partner,
        @Description("The reported figure for this partner, with its citation") @NonNull TradeStatistic statistic,
        @Description("The figure's value, in full units") @NonNull BigDecimal value,
        @Description("Unit of the value") @NonNull Unit unit,
        @Description("1 for the largest partner; partners in different currencies, and mirror figures, are ranked"
                + " separately") int rank,
        @Description("Share of the reporter's world total for the same period, in percent (derived); null when the dataset has no such total") BigDecimal sharePercent,
        @Description("The reporter's world total the share is taken of") TradeStatistic total,
        @Description("The place that reported the figure: the reporter, or for a mirror figure the partner")
        @NonNull Place reportedBy,
        @Description("True for a mirror figure: the partner's own figure for the same flow, ranked among mirror"
                + " figures only and with no share (the reporter's total is not the partner's)") boolean mirror) {
}
