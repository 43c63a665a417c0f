package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("Unit of a value. Money is stored as full amounts: RMB 2.92 billion is 2920000000 CNY.")
public enum Unit {
    CNY,
    USD,
    PERCENT,
    COUNT,
    KM2,
    MINUTES,
    RANK;

    public boolean isMoney() {
        return this == CNY || this == USD;
    }
}
