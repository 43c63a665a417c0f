package org.caravan.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely the article dates an event; dateFrom..dateTo is the range it allows.")
public enum DatePrecision {
    @Description("The article gives the day")
    DAY,
    @Description("The day follows from the article ('on Monday' before a dated dateline, or a day without a year)")
    DAY_INFERRED,
    @Description("The week is known ('last week')")
    WEEK,
    @Description("Only the month is known")
    MONTH,
    @Description("Only a latest date is known: the report's date")
    ON_OR_BEFORE
}
