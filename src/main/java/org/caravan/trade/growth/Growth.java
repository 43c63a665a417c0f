package org.caravan.trade.growth;

import java.math.BigDecimal;

import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Change between two comparable statistics, computed by Caravan (always derived, never reported).")
public record Growth(
        @Description("The earlier statistic") @NonNull TradeStatistic from,
        @Description("The later statistic") @NonNull TradeStatistic to,
        @NonNull @Description("to.value - from.value") BigDecimal absoluteChange,
        @Description("Unit of absoluteChange: the unit both statistics share") @NonNull Unit unit,
        @NonNull @Description("Change in percent, two decimals") BigDecimal percentChange,
        @NonNull @Description("to.value / from.value, four significant digits") BigDecimal multiple,
        @Description("Whole years between the two periods") int years,
        @Description("Compound annual growth rate in percent over those years; null when less than a year apart") BigDecimal cagrPercent,
        @Description("Always true: Caravan computed this, the articles did not report it") boolean derived,
        @Description("True when either figure is hedged (about, more than, exceeded, forecast)") boolean approximate,
        @NonNull @Description("The arithmetic, spelled out") String arithmetic) {
}
