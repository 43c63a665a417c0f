package org.caravan.period;

import org.eclipse.microprofile.graphql.Description;

@Description("How long a statistic's period is; only figures of the same granularity and calendar shape are compared.")
public enum Granularity {
    @Description("A calendar year, e.g. 2022")
    YEAR,
    @Description("A half year, e.g. 2023-H1")
    HALF,
    @Description("One quarter, e.g. 2023-Q2")
    QUARTER,
    @Description("Consecutive quarters, e.g. the first three quarters 2023-Q1..Q3")
    QUARTERS,
    @Description("One month, e.g. 2023-07")
    MONTH,
    @Description("The first months of a year, e.g. January to July: 2023-01..2023-07")
    MONTHS_TO_DATE,
    @Description("Consecutive months not starting in January, e.g. 2023-03..2023-05")
    MONTHS,
    @Description("A year up to a date the article gives, e.g. 2025 to 30 June")
    YEAR_TO_DATE,
    @Description("Any other range of days, e.g. 2023-08-14..2023-08-20")
    DAYS,
    @Description("The article gives no period")
    UNSPECIFIED
}
