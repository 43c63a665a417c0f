package org.caravan.trade.consistency;

import org.eclipse.microprofile.graphql.Description;

@Description("The kinds of consistency check Caravan runs over the figures.")
public enum FindingKind {
    @Description("A reported growth rate checked against the figures for both periods")
    REPORTED_GROWTH,
    @Description("A reported multiple ('3.96 times that of 2013') checked against both figures")
    REPORTED_MULTIPLE,
    @Description("A multiple worded so that it has two readings, and no base figure to decide between them")
    AMBIGUOUS_MULTIPLE,
    @Description("Exports plus imports checked against the total")
    PARTS_AND_TOTAL,
    @Description("A part (one partner, or a place inside the reporter) checked to be no larger than its whole")
    PART_WITHIN_WHOLE,
    @Description("The currency conversions one article states checked against each other")
    STATED_CONVERSION_RATES
}
