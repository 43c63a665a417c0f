package org.caravan.trade.growth;

import java.math.BigDecimal;

import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A value Caravan computed from reported figures, e.g. the base a reported growth rate implies.")
public record DerivedAmount(
        @NonNull @Description("Four significant digits") BigDecimal value,
        @Description("A second reading where the article's wording is ambiguous ('an increase of 7.62 times')") BigDecimal alternativeValue,
        @Description("Unit of the value") @NonNull Unit unit,
        @NonNull @Description("The value written out, e.g. '0.8386 billion CNY'") String text,
        @NonNull @Description("The period the value belongs to") String periodLabel,
        @NonNull @Description("Carried over from the reported figure: 'exceeded 61 billion' implies more than the base") Qualifier qualifier,
        @Description("Always true") boolean derived,
        @Description("How Caravan computed it, spelled out") @NonNull String arithmetic) {
}
