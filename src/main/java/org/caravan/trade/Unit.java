package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("Unit of a value. Money is stored as full amounts: RMB 2.92 billion is 2920000000 CNY.")
public enum Unit {
    @Description("Chinese yuan (renminbi)")
    CNY,
    @Description("US dollars")
    USD,
    @Description("Percent")
    PERCENT,
    @Description("A number of things: trains, companies, trips")
    COUNT,
    @Description("Square kilometres")
    KM2,
    @Description("Minutes")
    MINUTES,
    @Description("A position in a ranking, 1 for the first")
    RANK,
    @Description("Metric tonnes")
    TONNES,
    @Description("Kilometres")
    KM,
    @Description("Metres")
    METRES,
    @Description("Percentage points: a difference between two percentages")
    PERCENTAGE_POINTS,
    @Description("Hours")
    HOURS,
    @Description("Days")
    DAYS,
    @Description("Months")
    MONTHS;

    public boolean isMoney() {
        return this == CNY || this == USD;
    }
}
